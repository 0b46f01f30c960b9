"""The 19 points of the guide's checklist (ch. 10), one module each, checked for substance."""
