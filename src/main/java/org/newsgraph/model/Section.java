package org.newsgraph.model;

/** A structural part of an article, with its span in the article text. */
public record Section(Kind kind, Span span) {

    public enum Kind {
        /** Kicker, headline and subheadline lines. */
        HEADLINE,
        /** The lead marker such as 本报讯 or 记者 X 报道. */
        DATELINE,
        BODY,
        /** The author line: （刘 涛）, 记者 司 勇 通讯员 张太义 摄. */
        BYLINE,
        /** A photo caption: 图为…, 本报记者 X 摄. */
        CAPTION,
        /**
         * Continuation notes (下转第3版, 上接第1版), and headline lines of an article printed elsewhere on
         * the page (the article carries them as its headline).
         */
        JUMP,
        /** A boxed feature such as 历史上的今天: not news of the day. */
        BOX
    }
}
