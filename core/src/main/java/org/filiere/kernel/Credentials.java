package org.filiere.kernel;

import java.util.regex.Pattern;

/**
 * Keeps passwords out of messages and logs: a connection address (a JDBC URL, a web address) may carry one, as a
 * {@code password=} parameter or as {@code user:password@} before the host, and an address can end up in an error
 * message.
 */
public final class Credentials {

    /** What a password is replaced with. */
    public static final String MASK = "***";

    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)(\\b(?:password|passwd|pwd|secret|token|api[-_]?key)\\s*=)[^&;,\\s)\\]'\"]*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^/@\\s:]*:)[^@/\\s]*@");

    private Credentials() {
    }

    /**
     * The text with every password it carries replaced by {@value #MASK}: in {@code password=} (and {@code pwd=},
     * {@code secret=}, {@code token=}, {@code api-key=}) parameters, and in {@code scheme://user:password@host}. The
     * rest, the user name included, is kept so that the message still says which database or server it was.
     *
     * @param text a URL, or a message that may hold some; {@code null} gives {@code null}
     */
    public static String masked(String text) {
        if (text == null) {
            return null;
        }
        String masked = PARAMETER.matcher(text).replaceAll("$1" + MASK);
        return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
    }
}
