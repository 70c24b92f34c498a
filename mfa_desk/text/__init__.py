"""Text knowledge shared by every layer above the model: which script a text is
in (`script`), dates in Korean and English (`dates`), and the labels releases and
their web pages use (`labels`). No Qt; imports only the standard library."""
