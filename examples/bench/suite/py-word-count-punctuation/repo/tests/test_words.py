import unittest
from words import word_count

class T(unittest.TestCase):
    def test_plain(self):
        self.assertEqual(word_count("a b a"), {"a": 2, "b": 1})
