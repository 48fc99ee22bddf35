"""Hostile inputs: files built to hurt a reader (too long, too wide, too deep, in two encodings, not what they say),
each run through the command line in its own process under a memory limit.

Every file is written by a generator here (`python -m tests.hostile OUT` writes them all to look at); none is kept in
the repository. A case says what the command must do with its file: refuse it with exit 2 and one line on stderr, or
read it (exit 0), saying in a warning what it had to set aside.
"""
