"""The participants' live page: a web server that follows the review and takes contributions.

Imported only by `facilitator serve` and the app's share key, so other commands never load the
web stack.
"""
