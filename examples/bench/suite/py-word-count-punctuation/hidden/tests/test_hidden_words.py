import unittest
from words import word_count

class T(unittest.TestCase):
    def test_punctuation(self):
        self.assertEqual(word_count("Hello, hello!"), {"hello": 2})
    def test_only_punctuation(self):
        self.assertEqual(word_count("-- a"), {"a": 1})
