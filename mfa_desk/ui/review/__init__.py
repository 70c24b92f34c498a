"""Review rounds: the Review menu, comments, versions and comparing them."""
