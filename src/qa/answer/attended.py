"""A leader who attended a delegation's or a group's sitting, asked by post: "哪位市领导参加了永宁县代表团的分团审议" ↔
the lead "…市政协党组书记、主席魏和清来到永宁县代表团…" (the question's words, another leader who came) and the report's
closing line "市领导马少红等参加分团审议。" A session's report tells who sat in on a sitting in a line of its own, as it
tells its chair: the person (等 after the name allowed) right before 参加 and the sitting the question names (or 会议,
or nothing) is the one asked, so 参加 is one of `deed_beside`'s role verbs (read for "由谁/哪位…参加…", and, as they
all are, only in the sentences around the best one holding the question, in its article, or among its best three
candidates). Not 出席 (the guests of a whole meeting, printed as rows of posts) nor a person before another verb."""

from __future__ import annotations

ATTENDING = ("参加",)  # sat in on the sitting the question names
