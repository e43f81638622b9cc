import unittest
from listutil import flatten


class T(unittest.TestCase):
    def test_deep(self):
        self.assertEqual(flatten([1, [2, [3, [4]]]]), [1, 2, 3, 4])
        self.assertEqual(flatten(["ab", ["c"]]), ["ab", "c"])
