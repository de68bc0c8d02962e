#!/usr/bin/python3
"""Writes the small .xls (BIFF8) files the spreadsheet import tests read through FreeXL.

Run once with python3-xlwt installed (apt-get install python3-xlwt); the files are committed so
the tests do not need xlwt. Run again after changing this script, then commit both.

  categories.xls  Nom | Parent | Prix | Code EEE | Reçu le (a date cell) | Note (a formula xlwt saves without its value)
  equipe.xls      Nom | Rôle | Telegram (a number), and a second sheet that is not read
  tarifs.xls      Catégorie | Prix | Prix mini | Prix maxi | Prix au kg (numbers and an empty cell)
  truncated.xls   categories.xls cut in the middle
  garbage.xls     the OLE2 signature followed by noise
"""

import datetime
import os
import random

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))


def save(book, name):
    path = os.path.join(HERE, name)
    book.save(path)
    return path


def categories():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Catalogue")
    date = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for column, title in enumerate(["Nom", "Parent", "Prix", "Code EEE", "Reçu le", "Note"]):
        sheet.write(0, column, title)
    rows = [
        ("Luminaires", "", 4, "", datetime.date(2026, 3, 10)),
        ("Abat-jour", "Luminaires", 2.5, "", datetime.date(2026, 3, 11)),
        ("Lampes de chevet", "Luminaires", 7.8, "", datetime.date(2026, 3, 12)),
    ]
    for row, (name, parent, price, eee, received) in enumerate(rows, start=1):
        sheet.write(row, 0, name)
        sheet.write(row, 1, parent)
        sheet.write(row, 2, price)
        sheet.write(row, 3, eee)
        sheet.write(row, 4, received, date)
        sheet.write(row, 5, xlwt.Formula('"vu"'))
    return save(book, "categories.xls")


def team():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Équipe")
    for column, title in enumerate(["Nom", "Rôle", "Telegram"]):
        sheet.write(0, column, title)
    sheet.write(1, 0, "Inès Durand")
    sheet.write(1, 1, "Caissière")
    sheet.write(1, 2, 987654321)
    sheet.write(2, 0, "Paul Blanc")
    sheet.write(2, 1, "accueil")
    # A second sheet is not read: the first one is the list.
    book.add_sheet("Brouillon").write(0, 0, "ignoré")
    return save(book, "equipe.xls")


def prices():
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Tarifs")
    for column, title in enumerate(["Catégorie", "Prix", "Prix mini", "Prix maxi", "Prix au kg"]):
        sheet.write(0, column, title)
    sheet.write(1, 0, "Mobilier/Chaises et tabourets")
    sheet.write(1, 1, 8.5)
    sheet.write(1, 3, 40)
    return save(book, "tarifs.xls")


def damaged(source):
    with open(source, "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xls"), "wb") as f:
        f.write(data[: len(data) // 2])
    noise = random.Random(15)
    with open(os.path.join(HERE, "garbage.xls"), "wb") as f:
        f.write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(noise.randrange(256) for _ in range(4000)))


if __name__ == "__main__":
    damaged(categories())
    team()
    prices()
