package org.credpath.engine.cli;

/** A failure caused by the user's input; its message is shown as is, without a stack trace. */
public class UserFacingException extends RuntimeException {
    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}
