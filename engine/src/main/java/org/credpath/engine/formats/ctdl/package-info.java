/** CTDL JSON-LD (Credential Engine) -> credentials: {@link org.credpath.engine.formats.ctdl.CtdlReader}; the mapping is in docs/formats.md. */
package org.credpath.engine.formats.ctdl;
