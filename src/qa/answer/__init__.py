"""Question → answer: analysis (question), candidate spans (candidates), named features (features) scored with
fitted weights (weights), shaping (shape), consistency and confidence (policy), bylines (byline), and the
orchestrator (compose)."""

from .compose import Composer, Composition
from .policy import DECLINE
from .question import MAX_QUESTION_CHARS, QuestionInfo, analyze, clean_question, plain, qtype
from .weights import Weights, load_weights, weights_path

__all__ = ["DECLINE", "MAX_QUESTION_CHARS", "Composer", "Composition", "QuestionInfo", "Weights", "analyze",
           "clean_question", "load_weights", "plain", "qtype",
           "weights_path"]
