import unittest
from shop.inventory import Inventory


class T(unittest.TestCase):
    def test_add(self):
        inv = Inventory()
        inv.add("a", 2)
        self.assertEqual(inv.available("a"), 2)
