package org.filiere.press;

/** What kind of media an outlet is. */
public enum MediaKind {
    /** Daily newspaper, national or regional. */
    DAILY_PRESS,
    /** Weekly or monthly magazine. */
    MAGAZINE,
    /** Trade press of an industry. */
    TRADE_PRESS,
    /** Radio. */
    RADIO,
    /** Television. */
    TELEVISION,
    /** Online media. */
    ONLINE,
    /** News agency. */
    AGENCY
}
