import unittest
from shop.inventory import Inventory
from shop.errors import OutOfStock


class T(unittest.TestCase):
    def test_reserve(self):
        inv = Inventory()
        inv.add("a", 3)
        inv.reserve("a", 2)
        self.assertEqual(inv.available("a"), 1)
        with self.assertRaises(OutOfStock):
            inv.reserve("a", 2)
        inv.release("a", 2)
        self.assertEqual(inv.available("a"), 3)
