package org.credpath.engine.labour.onet;

import java.util.regex.Pattern;

/** O*NET-SOC code checks. */
public final class OnetCodes {

    /** An O*NET-SOC code such as {@code 15-1252.00}. */
    public static final Pattern ONET_SOC = Pattern.compile("\\d{2}-\\d{4}\\.\\d{2}");
    /** A SOC code such as {@code 15-1252}. */
    public static final Pattern SOC = Pattern.compile("\\d{2}-\\d{4}");

    private OnetCodes() {
    }

    public static String requireOnetSoc(String code, String what) {
        if (code == null || !ONET_SOC.matcher(code).matches()) {
            throw new IllegalArgumentException(what + " must be an O*NET-SOC code like 15-1252.00, got '" + code + "'");
        }
        return code;
    }

    /** The 6-digit SOC part of an O*NET-SOC code: {@code 15-1252.00} becomes {@code 15-1252}. */
    public static String soc(String onetSocCode) {
        return onetSocCode.substring(0, 7);
    }
}
