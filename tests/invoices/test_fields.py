"""`invoices.fields.find_fields`: an invoice's fields from its text, in French and English.

The fixtures are written as `invoices.extract` gives text: one line of text per line of the
page, words one space apart, so that columns drawn side by side share a line ("75002 Paris
Facture n° F-2026-118"); OCR text keeps OCR's typos. Each document carries what it truly
says (`Doc.truth`), the fields that must be read for sure (`sure`) and those that must be
asked about (`unsure`). The rule over all of them (`test_never_certain_and_wrong`): a value
at or above CERTAIN is the document's.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given

from domain.invoice import CERTAIN, READ_FIELDS, InvoiceReading, ReadingMethod, ReadingStatus
from invoices.fields import find_fields
from tests.hostile import BOUNDED, hostile_text

TEXT = ReadingMethod.TEXT
OCR = ReadingMethod.OCR
D = Decimal


@dataclass(frozen=True)
class Doc:
    name: str
    text: str
    # What the document says; a field left out says nothing (or nothing one can be sure of).
    truth: dict[str, object] = field(default_factory=dict)
    sure: tuple[str, ...] = ()  # read, right, at or above CERTAIN
    unsure: tuple[str, ...] = ()  # below CERTAIN (asked), or not read
    status: ReadingStatus = ReadingStatus.READ
    method: ReadingMethod = TEXT
    ocr_confidence: float | None = None

    def read(self) -> InvoiceReading:
        return find_fields(self.text, method=self.method, ocr_confidence=self.ocr_confidence)


AMOUNTS = ("total", "total_excl_tax", "tax")
ALL_BUT_SUPPLIER = ("number", "issued_on", *AMOUNTS, "currency")


def says(
    supplier: str | None,
    number: str | None,
    issued_on: str | None,
    total: str | None,
    total_excl_tax: str | None,
    tax: str | None,
    currency: str | None,
) -> dict[str, object]:
    """What a document says (amounts and the ISO date as text), None where it says nothing."""
    values = {
        "supplier": supplier,
        "number": number,
        "issued_on": date.fromisoformat(issued_on) if issued_on else None,
        "total": D(total) if total else None,
        "total_excl_tax": D(total_excl_tax) if total_excl_tax else None,
        "tax": D(tax) if tax else None,
        "currency": currency,
    }
    return {name: value for name, value in values.items() if value is not None}


# ---- French invoices ----------------------------------------------------------------------

CONTOSO_EVENTS = """\
Contoso Events FACTURE
Agence événementielle
41 quai Saint-Antoine Facture n° F-2026-118
69002 Lyon Date de facture : 5 octobre 2026
SIRET 813 254 778 00019 Date d’échéance : 4 novembre 2026
TVA intracom. FR40 813254778
Client
Fabrikam SAS
12 rue de la Paix
75002 Paris
Désignation Qté PU HT Montant HT
Location de stand – Salon Cloud Days 1 1 500,00 1 500,00
Animation atelier partenaires (demi-journée) 2 450,00 900,00
Total HT 2 400,00 €
TVA 20 % 480,00 €
Total TTC 2 880,00 €
Net à payer 2 880,00 €
Conditions de paiement : 30 jours à réception de facture.
Indemnité forfaitaire pour frais de recouvrement : 40 €.
IBAN FR76 3000 4000 0312 3456 7890 143 – BIC BNPAFRPP
"""
CONTOSO_EVENTS_TRUTH = says(
    "Contoso Events", "F-2026-118", "2026-10-05", "2880", "2400", "480", "EUR"
)

FRENCH = [
    Doc(
        "fr-event-agency",
        CONTOSO_EVENTS,
        CONTOSO_EVENTS_TRUTH,
        sure=ALL_BUT_SUPPLIER,
        unsure=("supplier",),
    ),
    Doc(
        "fr-hotel-two-rates-total-tva",
        # Narrow no-break spaces group the thousands, a no-break space precedes €.
        """\
Fabrikam SAS
Hôtel & séminaires
3 place du Théâtre, 59800 Lille
FACTURE
N° de facture : 2026-0042
Date : 05/10/2026
Échéance : 04/11/2026
Facturé à : Contoso France, 8 avenue de l’Europe, 92130 Issy-les-Moulineaux
Désignation Qté PU HT Montant HT
Nuitées 10 100,00 1\u202f000,00
Location salle plénière 1 2\u202f000,00 2\u202f000,00
Total HT 3\u202f000,00\u00a0€
TVA 10 % 100,00\u00a0€
TVA 20 % 400,00\u00a0€
Total TVA 500,00\u00a0€
Total TTC 3\u202f500,00\u00a0€
""",
        says("Fabrikam SAS", "2026-0042", "2026-10-05", "3500", "3000", "500", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-belgium-dot-grouping",
        """\
Litware SRL FACTURE
Rue Royale 45
1000 Bruxelles Facture N° 2026/0457
TVA BE 0123.456.789 Date de facture : 21/09/2026
Date d’échéance : 21/10/2026
Client
Contoso Belux
Désignation Qté PU HT Montant HT
Conception graphique du stand 1 850,00 850,00
Impression bâches 2 × 1 m 3 120,00 360,00
Total HT 1.210,00 €
TVA 21 % 254,10 €
Total TTC 1.464,10 €
Net à payer 1.464,10 €
Paiement à 30 jours sur le compte BE68 5390 0754 7034.
""",
        says("Litware SRL", "2026/0457", "2026-09-21", "1464.10", "1210", "254.10", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-sole-trader-no-vat",
        """\
Julie Morel
Photographe – Entrepreneur individuel
7 rue des Lilas, 33000 Bordeaux
SIRET 901 234 567 00011
FACTURE Contoso France
Facture n° 2026-014 Service marketing
Date : 18/09/2026 92130 Issy-les-Moulineaux
Prestation Qté Prix Montant
Reportage photo salon (journée) 1 350,00 350,00
Frais de déplacement 1 45,00 45,00
Total 395,00 €
TVA non applicable, art. 293 B du CGI
Paiement à réception, par virement.
""",
        says("Julie Morel", "2026-014", "2026-09-18", "395", None, None, "EUR"),
        sure=("number", "issued_on", "total", "currency"),
    ),
    Doc(
        "fr-switzerland-chf",
        """\
Alpine Ski House SA
Route de Lausanne 12 Contoso Suisse Sàrl
1202 Genève Rue du Rhône 8
IDE CHE-123.456.789 TVA 1204 Genève
Facture
Facture no 2026-0312
Date : 14.09.2026
Désignation Qté Prix CHF Montant CHF
Location chalet séminaire (jour) 1 1'000.00 1'000.00
Forfaits remontées mécaniques 2 125.00 250.00
Total HT 1'250.00
TVA 8,1 % 101.25
Total CHF 1'351.25
Payable dans les 30 jours.
""",
        says("Alpine Ski House SA", "2026-0312", "2026-09-14", "1351.25", "1250", "101.25", "CHF"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-quebec-cad-two-taxes",
        """\
Relecloud Québec inc. FACTURE
1250 boul. René-Lévesque O. Facture no Q-8841
Montréal (Québec) H3B 4W8
TPS : 123456789 RT0001 Date : 2026-10-05
TVQ : 1234567890 TQ0001 Échéance : 2026-11-04
Facturer à
Contoso Canada
Description Qté Prix unitaire Montant
Kiosque clé en main – Salon Montréal 1 1 000,00 1 000,00
Écrans de démonstration (location) 2 237,50 475,00
Sous-total 1 475,00 $
TPS (5 %) 73,75 $
TVQ (9,975 %) 147,13 $
Total 1 695,88 $
Montants en dollars canadiens (CAD).
Paiement net 30 jours.
""",
        says("Relecloud Québec inc.", "Q-8841", "2026-10-05", "1695.88", "1475", "220.88", "CAD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-totals-as-columns",
        # OCR reads a totals table column by column: the labels, then the amounts.
        """\
Adatum France SARL
5 rue du Faubourg, 67000 Strasbourg
FACTURE
Facture n° AD-2026-311
Date de facturation
15/10/2026
Client : Contoso France
Désignation Qté Montant HT
Étude de marché partenaires 1 2 400,00
Atelier de restitution 1 600,00
Total HT
TVA 20 %
Total TTC
3 000,00 €
600,00 €
3 600,00 €
Règlement à 30 jours.
""",
        says("Adatum France SARL", "AD-2026-311", "2026-10-15", "3600", "3000", "600", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-banner-row-of-labels",
        """\
Trey Research SAS FACTURE
5 rue du Faubourg · 67000 Strasbourg · SIRET 532 117 908 00027
N° DE FACTURE DATE ÉCHÉANCE MONTANT DÛ
TR-2026-1207 09/11/2026 09/12/2026 3 600,00 €
Client
Contoso France
Désignation Qté Prix Montant
Étude de marché partenaires 1 2 400,00 2 400,00
Atelier de restitution 1 600,00 600,00
Sous-total 3 000,00 €
TVA 20 % 600,00 €
Total 3 600,00 €
TVA acquittée sur les débits. Règlement à 30 jours.
""",
        says("Trey Research SAS", "TR-2026-1207", "2026-11-09", "3600", "3000", "600", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-event-agency-ocr",
        """\
Contoso Events FACTURE
Agence evenementielle
41 quai Saint-Antoine Facture n° F-2026-118
69002 Lyon Date de facture : 5 octobre 2O26
SIRET 813 254 778 00019 Date d'echeance : 4 novembre 2026
| Client
Fabrikam SAS
Designation Qte PU HT Montant HT
Location de stand - Salon Cloud Days 1 1 5OO,00 1 500,00
Animation atelier partenaires 2 45O,00 9OO,00
Total HT 2 4OO,0O €
TVA 20 % 48O,00 €
Total TTC 2 88O,00 €
Net a payer 2 880,00 €
""",
        CONTOSO_EVENTS_TRUTH,
        # Mended digits in the amounts are vouched for by their sum; not in the date.
        sure=("number", *AMOUNTS, "currency"),
        unsure=("supplier", "issued_on"),
        method=OCR,
        ocr_confidence=0.88,
    ),
    Doc(
        "fr-deposit-already-paid",
        """\
Lucerne Publishing SARL FACTURE
22 rue Nationale, 37000 Tours Facture n° LP-2026-0788
Date : 07/10/2026
Désignation Qté PU HT Montant HT
Kakémonos 85 × 200 cm 10 200,00 2 000,00
Total HT 2 000,00 €
TVA 20 % 400,00 €
Total TTC 2 400,00 €
Acompte versé -720,00 €
Net à payer 1 680,00 €
""",
        says("Lucerne Publishing SARL", "LP-2026-0788", "2026-10-07", "2400", "2000", "400", "EUR"),
        # "Net à payer" says 1 680,00: which one is claimed is the partner's to say.
        sure=("number", "issued_on", "total_excl_tax", "tax", "currency"),
        unsure=("total",),
    ),
    Doc(
        "fr-hotel-two-rates-summed",
        """\
Woodgrove Hôtels SAS FACTURE
Hôtel Woodgrove Lille Centre
3 place du Théâtre Facture n° H-2026-0931
59800 Lille Date : 28/10/2026
SIRET 430 118 062 00048 Arrivée : 26/10/2026
Départ : 27/10/2026
Client
Contoso France
Désignation Qté PU HT Montant HT
Chambres – nuitées 12 135,00 1 620,00
Petits-déjeuners 12 18,00 216,00
Location salle plénière (journée) 1 950,00 950,00
Pauses-café 40 6,50 260,00
Total HT 3 046,00 €
TVA 10 % 209,60 €
TVA 20 % 190,00 €
Total TTC 3 445,60 €
Net à payer 3 445,60 €
""",
        says(
            "Woodgrove Hôtels SAS", "H-2026-0931", "2026-10-28", "3445.60", "3046", "399.60", "EUR"
        ),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-till-receipt",
        """\
Fourth Coffee
12 place Bellecour
69002 Lyon
SIRET 487 965 123 00034
FACTURE
Facture n° T-58213
Le 03/10/2026 12:41
2 x Café allongé 5,00
2 x Sandwich jambon-beurre 13,80
Total HT 17,09 €
TVA 10 % 1,71 €
TOTAL TTC 18,80 €
CB VISA **** 4417 18,80
Merci de votre visite !
""",
        says("Fourth Coffee", "T-58213", "2026-10-03", "18.80", "17.09", "1.71", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "fr-two-columns-side-by-side",
        """\
Consolidated Messenger SAS
Zone Garonor, bât. 7 · 93600 Aulnay-sous-Bois · SIRET 789 456 123 00015
FACTURE
Facture n° CM-20931 Facturé à
Date de facturation 15/10/2026 Contoso France
Service marketing
Date de commande 02/10/2026 8 avenue de l’Europe
Date d’échéance 14/11/2026 92130 Issy-les-Moulineaux
Désignation Qté Prix unit. Montant
Transport et logistique salon – aller 4 2 150,00 8 600,00
Stockage et manutention 1 1 800,42 1 800,42
Total HT 10 400,42 €
TVA (20 %) 2 080,08 €
Total TTC 12 480,50 €
""",
        says(
            "Consolidated Messenger SAS",
            "CM-20931",
            "2026-10-15",
            "12480.50",
            "10400.42",
            "2080.08",
            "EUR",
        ),
        sure=ALL_BUT_SUPPLIER,
    ),
]

# ---- English invoices ---------------------------------------------------------------------

ENGLISH = [
    Doc(
        "en-us-subtotal-sales-tax-amount-due",
        """\
Tailspin Toys INVOICE
4567 Market Street, Suite 300
Seattle, WA 98101 Invoice # INV-10023
(206) 555-0142 Invoice Date: October 5, 2026
Due Date: November 4, 2026
Bill To Ship To
Contoso Ltd. Contoso Ltd.
1 Microsoft Way 1 Microsoft Way
Redmond, WA 98052 Redmond, WA 98052
DESCRIPTION QTY RATE AMOUNT
Custom booth build, 10x20 ft 1 8,500.00 8,500.00
Printed banners 12 145.00 1,740.00
Lead capture app license 1 1,289.33 1,289.33
Subtotal $11,529.33
Sales Tax (8.25%) $951.17
Total $12,480.50
Amount Due $12,480.50
Thank you for your business!
Make all checks payable to Tailspin Toys. Late payments are subject to a $25 fee.
""",
        says("Tailspin Toys", "INV-10023", "2026-10-05", "12480.50", "11529.33", "951.17", "USD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-us-month-first-dates",
        """\
Litware, Inc. INVOICE
200 Congress Avenue Invoice No. LW-4471
Austin, TX 78701 Date: 10/21/2026
Order Date: 10/02/2026
Ship Date: 10/19/2026
Bill To Ship To
Contoso Ltd. Contoso Ltd.
DESCRIPTION QTY RATE AMOUNT
Demo kiosk rental (week) 2 1,600.00 3,200.00
Setup and teardown 1 1,000.00 1,000.00
Subtotal $4,200.00
Sales Tax (6.5%) $273.00
Total $4,473.00
Amount Due $4,473.00
""",
        says("Litware, Inc.", "LW-4471", "2026-10-21", "4473", "4200", "273", "USD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-us-dollar-date-is-month-first",
        """\
City Power & Light INVOICE
Invoice # CPL-55012
Date: 04/05/2026
Booth electricity, 3 days 1 1,000.00 1,000.00
Subtotal $1,000.00
Sales Tax (5%) $50.00
Total $1,050.00
""",
        says("City Power & Light", "CPL-55012", "2026-04-05", "1050", "1000", "50", "USD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-uk-pounds-vat",
        """\
INVOICE Northwind Traders Ltd
Unit 4, Riverside Park
London SE1 9PX
VAT Reg No: GB 123 4567 89
Invoice to:
Contoso UK Ltd Invoice number NWT-2026-0415
Partner Marketing Invoice date 14/09/2026
2 Kingdom Street Payment due 14/10/2026
London W2 6BD
Description Qty Unit price Net
Event catering (per head) 60 32.50 1,950.00
Staff (hours) 15 30.00 450.00
Net £2,400.00
VAT 20% £480.00
Total (GBP) £2,880.00
Payment within 30 days by bank transfer. Sort code 20-00-00, account 43218765.
Please quote NWT-2026-0415 with your payment.
""",
        says("Northwind Traders Ltd", "NWT-2026-0415", "2026-09-14", "2880", "2400", "480", "GBP"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-uk-long-date",
        """\
INVOICE Adatum Corporation Ltd
3 Canal Street
Manchester M1 3HE
VAT No. GB 987 6543 21
Invoice to:
Contoso UK Ltd Invoice no. ADC-77310
Partner Marketing Date of issue 3 November 2026
2 Kingdom Street Due date 3 December 2026
Description Qty Unit price Net
Partner webinar series production 1 7,800.00 7,800.00
Paid social promotion 1 2,600.42 2,600.42
Net £10,400.42
VAT @ 20% £2,080.08
Total (GBP) £12,480.50
""",
        says(
            "Adatum Corporation Ltd",
            "ADC-77310",
            "2026-11-03",
            "12480.50",
            "10400.42",
            "2080.08",
            "GBP",
        ),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-canada-dollars-named-once",
        """\
VanArsdel Ltd. INVOICE
100 King Street West Invoice No. 4471
Toronto, ON M5X 1A9
HST # 81234 5678 RT0001 Date: 2026-09-30
Due: 2026-10-30
Bill to
Contoso Canada
Description Qty Unit price Amount
Booth staffing (day) 2 1,150.00 2,300.00
Subtotal $2,300.00
HST (13%) $299.00
Total $2,599.00
All amounts in Canadian dollars (CAD).
Terms: net 30.
""",
        says("VanArsdel Ltd.", "4471", "2026-09-30", "2599", "2300", "299", "CAD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-switzerland-chf",
        """\
Nod Publishers AG
Bahnhofstrasse 21 Contoso Schweiz GmbH
8001 Zürich Richtistrasse 3
UID CHE-987.654.321 MWST 8304 Wallisellen
Invoice
Invoice no. NP-2026-118
Date: 21.10.2026
Description Qty Price CHF Amount CHF
Printed catalogues 500 2.20 1'100.00
Delivery to Zurich venue 1 56.25 56.25
Subtotal 1'156.25
VAT 8.1% 93.66
Total CHF 1'249.91
Payable within 30 days.
Receipt Payment part
Currency Amount Currency Amount
CHF 1'249.91 CHF 1'249.91
""",
        says(
            "Nod Publishers AG", "NP-2026-118", "2026-10-21", "1249.91", "1156.25", "93.66", "CHF"
        ),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-german-style-euros",
        """\
Blue Yonder Events GmbH
Friedrichstraße 68, 10117 Berlin
USt-IdNr. DE 123456789
INVOICE
Invoice no. BY-2026-0815
Invoice date: 12.10.2026
Bill to: Contoso Deutschland GmbH
Item Qty Price Amount
Trade fair stand, Hall 4 1 2.000,00 € 2.000,00 €
Net amount 2.000,00 €
VAT 19% 380,00 €
Total amount 2.380,00 €
""",
        says("Blue Yonder Events GmbH", "BY-2026-0815", "2026-10-12", "2380", "2000", "380", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-labels-over-values",
        """\
Wide World Importers INVOICE
75 Harbor Drive, San Diego, CA 92101
Invoice #
WWI-300451
Invoice Date
16-Nov-2026
Bill To
Contoso Ltd.
Item Qty Unit price Amount
Engraved ballpoint pen 1000 10.00 10,000.00
Subtotal
Sales Tax (8.875%)
Total
Balance Due
$10,000.00
$887.50
$10,887.50
$10,887.50
""",
        says(
            "Wide World Importers", "WWI-300451", "2026-11-16", "10887.50", "10000", "887.50", "USD"
        ),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-banner-row-of-labels",
        """\
Margie's Travel INVOICE
Keizersgracht 62 · 1015 CS Amsterdam · VAT NL 8594.31.280.B01
INVOICE NO. DATE DUE DATE AMOUNT DUE
MT-55120 20 November 2026 20 December 2026 EUR 5,880.60
Client
Contoso Netherlands
Description Qty Price Amount
Group flights Amsterdam – Barcelona 12 310.00 3,720.00
Hotel transfers 12 95.00 1,140.00
Subtotal EUR 4,860.00
VAT 21% EUR 1,020.60
Total EUR 5,880.60
Please pay within 30 days to NL91 ABNA 0417 1643 00.
""",
        says("Margie's Travel", "MT-55120", "2026-11-20", "5880.60", "4860", "1020.60", "EUR"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-us-ocr-noise",
        """\
Proseware, Inc.
1 Proseware Plaza - Chicago, IL 60601
INVOICE
Invoice No. PS-88213
Invoice Date: Oct. 5th, 2026
Billed to Contoso Ltd.
Co-branded brochures (box of 250) 6 375.00 2,25O.00
Design proofing 1 90O.00 9OO.00
Subtotal $3,l5O.00
Tax (7%) $22O.50
Total $3,37O.5O
Amount Due $3,370.50
""",
        says("Proseware, Inc.", "PS-88213", "2026-10-05", "3370.50", "3150", "220.50", "USD"),
        # "$" on every amount: US dollars, OCR or not.
        sure=ALL_BUT_SUPPLIER,
        unsure=("supplier",),
        method=OCR,
        ocr_confidence=0.9,
    ),
    Doc(
        "en-freelance-no-sales-tax",
        """\
Sam Rivera Design
Freelance graphic designer
88 Pine Street, Portland, OR 97204
sam@riveradesign.example
INVOICE Contoso Ltd.
Invoice 2026-031 Field Marketing
Date: September 28, 2026 Redmond, WA 98052
Service Qty Rate Amount
Logo design 1 600.00 600.00
Booth graphics (hours) 4 85.00 340.00
Total Due $940.00
No sales tax is charged on design services.
""",
        says("Sam Rivera Design", "2026-031", "2026-09-28", "940", None, None, "USD"),
        sure=("number", "issued_on", "total", "currency"),
    ),
    Doc(
        "en-till-receipt",
        """\
Southridge Café
1420 5th Avenue
Seattle, WA 98101
INVOICE
Invoice No. 20931
Date: Oct 5, 2026 12:41
3 x Coffee 9.75
2 x Blueberry muffin 7.00
Subtotal $16.75
Sales Tax 10.1% $1.69
TOTAL $18.44
VISA **** 4417 18.44
Thank you!
""",
        says("Southridge Café", "20931", "2026-10-05", "18.44", "16.75", "1.69", "USD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-australia-tax-invoice",
        """\
Coho Winery Pty Ltd TAX INVOICE
ABN 12 345 678 901
Invoice number: A/2026/77
Date of issue: 5 Oct 2026
Wine tasting for partner event 1 A$1,000.00
Subtotal A$1,000.00
GST A$100.00
Total (incl. GST) A$1,100.00
""",
        says("Coho Winery Pty Ltd", "A/2026/77", "2026-10-05", "1100", "1000", "100", "AUD"),
        sure=ALL_BUT_SUPPLIER,
    ),
    Doc(
        "en-part-paid-balance-due",
        """\
Graphic Design Institute INVOICE
Invoice # GDI-2211
Invoice Date: September 1, 2026
Subtotal $5,000.00
Tax $400.00
Total $5,400.00
Amount paid -$2,000.00
Balance due $3,400.00
""",
        says("Graphic Design Institute", "GDI-2211", "2026-09-01", "5400", "5000", "400", "USD"),
        sure=("number", "issued_on", "total_excl_tax", "tax", "currency"),
        unsure=("total",),
    ),
    Doc(
        "en-no-currency-ambiguous-date",
        # 04/05/2026 in English, no currency: 4 May or April 5. Never said for sure.
        """\
Bellows College
INVOICE
Invoice No. 1042
Date : 04/05/2026
Workshop facilitation 1 1,200.00
Total 1,200.00
""",
        says("Bellows College", "1042", None, "1200", None, None, None),
        sure=("number", "total"),
        unsure=("issued_on",),
    ),
    Doc(
        "en-two-unrelated-totals",
        """\
First Up Consultants
INVOICE
Invoice No. FUC-0917
Invoice Date: 2026-09-17
Workshop series (Paris) Total 1,200.00 EUR
Travel expenses Total 800.00 EUR
""",
        says("First Up Consultants", "FUC-0917", "2026-09-17", None, None, None, "EUR"),
        sure=("number", "issued_on", "currency"),
        unsure=("total",),
    ),
]

INVOICES = FRENCH + ENGLISH

# ---- documents that are not invoices ------------------------------------------------------

NOT_INVOICE = ReadingStatus.NOT_INVOICE
UNREADABLE = ReadingStatus.UNREADABLE

OTHERS = [
    Doc(
        "fr-agenda",
        """\
Séminaire partenaires Cloud 2026
Programme – jeudi 15 octobre 2026
Paris La Défense, Espace Grande Arche
09:00 Accueil et café
09:30 Ouverture : la stratégie partenaires 2027
10:30 Atelier : co-marketing et fonds MDF
12:30 Déjeuner
16:30 Cocktail de clôture
Contoso France
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "en-agenda",
        """\
Partner Summit 2026 — Agenda
Thursday, October 15, 2026
Seattle Convention Center, Room 4B
8:30 Registration and breakfast
9:00 Keynote: the year ahead for partners
10:15 Breakout: co-marketing funds that work
12:00 Lunch
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "fr-quote",
        """\
Fabrikam SAS DEVIS
12 rue de la Paix
75002 Paris Devis n° D-2026-044
SIRET 552 081 317 00026 Date : 20/09/2026
TVA intracom. FR40 552081317 Valable jusqu’au : 20/10/2026
Client
Contoso France
Total HT 2 400,00 €
TVA 20 % 480,00 €
Total TTC 2 880,00 €
Devis valable 30 jours. Ce devis n'est pas une facture.
Bon pour accord, date et signature :
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "en-quotation",
        """\
Quotation Q-2026-12
Tailspin Toys
Date: September 1, 2026
Custom booth build 1 8,500.00
Total $8,500.00
This quotation is not an invoice.
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "en-estimate",
        """\
Proseware, Inc.
1 Proseware Plaza · Chicago, IL 60601 · sales@proseware.example
ESTIMATE
Estimate # EST-2026-052 Billed to
Date Sep 15, 2026 Contoso Ltd.
Valid until Oct 15, 2026 1 Microsoft Way
Subtotal $3,150.00
Tax (7%) $220.50
Total $3,370.50
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "fr-credit-note",
        """\
Fabrikam SAS AVOIR
12 rue de la Paix
75002 Paris Avoir n° A-2026-007
SIRET 552 081 317 00026 Date : 20/10/2026
Client
Contoso France
Remise commerciale sur facture F-2026-101 1 300,00 300,00
Total HT 300,00 €
TVA 20 % 60,00 €
Total TTC 360,00 €
Avoir sur facture F-2026-101 du 14/09/2026, à déduire de votre prochain règlement.
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "en-credit-note",
        """\
Northwind Traders Ltd
CREDIT NOTE
Credit note number CN-2026-004
Original invoice: NWT-2026-0415
Date: 20/10/2026
Net £200.00
VAT 20% £40.00
Total credit £240.00
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "en-purchase-order",
        """\
Contoso Ltd. PURCHASE ORDER
1 Microsoft Way
Redmond, WA 98052 PO # PO-77120
Date: September 18, 2026
Delivery by: October 1, 2026
Vendor Ship To
Tailspin Toys Tailspin Toys
Subtotal $10,240.00
Sales Tax (8.25%) $844.80
Total $11,084.80
Please reference the PO number on all invoices and packing slips.
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "fr-purchase-order",
        """\
Contoso France
BON DE COMMANDE N° BC-2026-311
Fournisseur : Fabrikam SAS
Date : 02/10/2026
Total HT 2 400,00 €
Merci de rappeler ce numéro sur votre facture.
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "fr-pro-forma",
        """\
Fabrikam SAS
FACTURE PRO FORMA n° PF-2026-9
Date : 01/09/2026
Total HT 2 400,00 €
TVA 20 % 480,00 €
Total TTC 2 880,00 €
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "en-statement",
        """\
Northwind Traders Ltd
Statement of account
Period: September 2026
Invoice NWT-2026-0415 £2,880.00
Balance due £2,880.00
""",
        status=NOT_INVOICE,
    ),
    Doc(
        "photo-caption",
        "Our booth at Microsoft Ignite 2026, stand 42, with the Contoso and Fabrikam teams.",
        status=NOT_INVOICE,
    ),
    Doc(
        "chat-screenshot",
        """\
Teams — Partner marketing sync
Ada Lovelace 10:42 Can you send the photos from the booth?
Grace Hopper 10:44 Sure, uploading them now, 12 pictures.
""",
        status=NOT_INVOICE,
        method=OCR,
        ocr_confidence=0.93,
    ),
    Doc("empty", "", status=UNREADABLE),
    Doc("blank-scan", " \n\f\n \n\t\n", status=UNREADABLE, method=OCR, ocr_confidence=0.0),
    Doc("a-few-specks", ". , ' ~ 1 l |", status=UNREADABLE, method=OCR, ocr_confidence=0.2),
    Doc("random-characters", "x8#kq Zt9!p Qw3$ vB7&n mL2*r Hy5^j Kd0@s Xp4%u", status=NOT_INVOICE),
    Doc(
        "ocr-garbage",
        "x8#kq Zt9!p Qw3$ vB7&n mL2*r Hy5^j Kd0@s Xp4%u F4cture? ~~ |||",
        status=UNREADABLE,
        method=OCR,
        ocr_confidence=0.21,
    ),
]

EVERYTHING = INVOICES + OTHERS


def _same(name: str, read: object, truth: object) -> bool:
    if name == "supplier":
        return _key(str(read)) == _key(str(truth))
    return read == truth


def _key(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", name).casefold() if c.isalnum())


# ---- the corpus -----------------------------------------------------------------------------


def test_there_are_a_dozen_invoices_in_each_language() -> None:
    assert len(FRENCH) >= 12
    assert len(ENGLISH) >= 12


@pytest.mark.parametrize("doc", EVERYTHING, ids=lambda d: d.name)
def test_never_certain_and_wrong(doc: Doc) -> None:
    """The rule that matters most: a value at or above CERTAIN is what the document says."""
    reading = doc.read()
    for name in READ_FIELDS:
        if reading.is_certain(name):
            assert name in doc.truth, f"{name} certain but the document does not say it"
            assert _same(name, getattr(reading, name), doc.truth[name]), name


@pytest.mark.parametrize("doc", EVERYTHING, ids=lambda d: d.name)
def test_status(doc: Doc) -> None:
    assert doc.read().status is doc.status


@pytest.mark.parametrize("doc", INVOICES, ids=lambda d: d.name)
def test_reads_the_fields_for_sure(doc: Doc) -> None:
    reading = doc.read()
    for name in doc.sure:
        assert _same(name, getattr(reading, name), doc.truth[name]), name
        assert reading.confidence[name] >= CERTAIN, name


@pytest.mark.parametrize("doc", INVOICES, ids=lambda d: d.name)
def test_asks_about_what_it_is_not_sure_of(doc: Doc) -> None:
    reading = doc.read()
    for name in doc.unsure:
        assert not reading.is_certain(name), name


@pytest.mark.parametrize("doc", INVOICES, ids=lambda d: d.name)
def test_finds_the_supplier(doc: Doc) -> None:
    """Read from the top lines: shown, never sure."""
    reading = doc.read()
    assert _same("supplier", reading.supplier, doc.truth["supplier"])
    assert reading.confidence["supplier"] < CERTAIN


@pytest.mark.parametrize("doc", EVERYTHING, ids=lambda d: d.name)
def test_confidence_only_for_fields_read(doc: Doc) -> None:
    reading = doc.read()
    assert set(reading.confidence) == {n for n in READ_FIELDS if getattr(reading, n) is not None}
    assert all(0.0 <= value <= 1.0 for value in reading.confidence.values())


@pytest.mark.parametrize("doc", OTHERS, ids=lambda d: d.name)
def test_reads_nothing_from_what_is_not_an_invoice(doc: Doc) -> None:
    reading = doc.read()
    assert not reading.found_anything
    assert reading.confidence == {}
    assert reading.method is doc.method


# ---- layouts and pages --------------------------------------------------------------------


def test_pages_joined_by_form_feeds() -> None:
    top, bottom = CONTOSO_EVENTS.split("Désignation")
    reading = find_fields(f"{top}\n\f\nDésignation{bottom}", method=TEXT, pages=2)
    assert reading.pages == 2
    assert (reading.number, reading.total, reading.tax) == ("F-2026-118", D("2880.00"), D("480.00"))
    assert reading.is_certain("total")


def test_the_extra_spaces_of_a_layout_do_not_matter() -> None:
    spaced = "\n".join("    ".join(line.split(" ")) for line in CONTOSO_EVENTS.splitlines())
    reading = find_fields(spaced.replace("\n", "\r\n"), method=TEXT)
    for name in ALL_BUT_SUPPLIER:
        assert getattr(reading, name) == CONTOSO_EVENTS_TRUTH[name], name


def test_a_value_under_its_label() -> None:
    reading = find_fields(
        "Fabrikam SAS\nFACTURE\nN° de facture\nF-2026-7\nDate de facture\n05/10/2026\n"
        "Net à payer\n1 200,00 €",
        method=TEXT,
    )
    assert (reading.number, reading.issued_on, reading.total) == (
        "F-2026-7",
        date(2026, 10, 5),
        D("1200.00"),
    )
    assert reading.is_certain("number") and reading.is_certain("total")


def test_a_bare_label_over_its_value_is_asked_about() -> None:
    reading = find_fields("Fabrikam SAS\nFACTURE n° F-7\nTotal\n1 200,00 €", method=TEXT)
    assert reading.total == D("1200.00") and not reading.is_certain("total")


def test_a_column_of_values_that_does_not_match_its_labels_is_not_read() -> None:
    reading = find_fields(
        "Fabrikam SAS\nFACTURE\nTotal HT\nTVA 20 %\nTotal TTC\n2 000,00 €\n400,00 €", method=TEXT
    )
    assert reading.total is None and reading.total_excl_tax is None and reading.tax is None


def test_an_address_under_a_label_is_not_its_value() -> None:
    reading = find_fields(
        "Fabrikam SAS\nFACTURE n° F-1\nTotal TTC\n12 rue de la Paix\nTotal TTC 1 200,00 €",
        method=TEXT,
    )
    assert reading.total == D("1200.00") and reading.is_certain("total")


# ---- amounts ------------------------------------------------------------------------------

HEADER = "Fabrikam SAS\nFACTURE n° F-2026-1\nDate : 05/10/2026\n"


def _read(body: str, *, method: ReadingMethod = TEXT, ocr: float | None = None) -> InvoiceReading:
    return find_fields(HEADER + body, method=method, ocr_confidence=ocr)


def test_total_ttc_wins_over_total_ht() -> None:
    reading = _read("Total HT 1 000,00 €\nTotal TTC 1 200,00 €")
    assert (reading.total, reading.total_excl_tax) == (D("1200.00"), D("1000.00"))


def test_a_lone_total_is_the_total_and_nothing_else() -> None:
    reading = _read("Total 950,00 €")
    assert reading.total == D("950.00") and reading.is_certain("total")
    assert reading.total_excl_tax is None and reading.tax is None


def test_amounts_that_add_up_are_sure_of_each_other() -> None:
    reading = _read("Total 1 000,00 €\nTVA 200,00 €\nTotal 1 200,00 €")
    assert (reading.total, reading.total_excl_tax, reading.tax) == (
        D("1200.00"),
        D("1000.00"),
        D("200.00"),
    )
    assert all(reading.confidence[name] >= 0.95 for name in AMOUNTS)


def test_amounts_that_do_not_add_up_are_all_asked_about() -> None:
    reading = _read("Total HT 2 000,00 €\nTVA 20 % 400,00 €\nTotal TTC 2 500,00 €")
    assert reading.total == D("2500.00")
    assert not any(reading.is_certain(name) for name in AMOUNTS)


def test_a_tax_above_the_total_is_asked_about() -> None:
    reading = _read("TVA 900,00 €\nTotal TTC 500,00 €")
    assert not reading.is_certain("total") and not reading.is_certain("tax")


def test_a_zero_tax_adds_up() -> None:
    reading = find_fields(
        "Litware, Inc.\nINVOICE #77\nSubtotal $500.00\nTax $0.00\nTotal $500.00", method=TEXT
    )
    assert (reading.total, reading.tax) == (D("500.00"), D("0.00"))
    assert reading.confidence["total"] >= 0.95


def test_no_vat_said_makes_a_total_equal_to_the_total_excl_tax_add_up() -> None:
    body = "Total HT 395,00 €\nTotal 395,00 €\nTVA non applicable, art. 293 B du CGI"
    reading = _read(body, method=OCR, ocr=0.9)
    assert (reading.total, reading.total_excl_tax, reading.tax) == (D("395.00"), D("395.00"), None)
    assert reading.confidence["total"] >= 0.95


def test_the_article_of_a_no_vat_mention_is_not_the_vat() -> None:
    reading = find_fields(
        "Julie Morel\nFACTURE n° 14\nTotal 395 €\nTVA non applicable, art. 293 B du CGI",
        method=TEXT,
    )
    assert (reading.total, reading.tax) == (D("395.00"), None)


def test_a_credit_is_not_a_total() -> None:
    for credit in ("-360,00 €", "−360,00 €", "(360,00) €", "-€360.00"):
        assert _read(f"Total TTC {credit}").total is None, credit


def test_a_rate_is_not_an_amount() -> None:
    reading = _read("TVA 20 %\nTotal TTC 1 200,00 €")
    assert reading.tax is None


def test_a_vat_number_is_not_the_vat() -> None:
    reading = _read(
        "N° TVA intracommunautaire : FR40 552081317\nTVA BE 0123.456.789\nTotal TTC 1 200,00 €"
    )
    assert reading.tax is None


def test_a_registration_number_is_not_money_where_amounts_have_cents() -> None:
    reading = _read("TPS : 123456789 RT0001\nTotal 1 200,00 €")
    assert reading.tax is None


def test_more_than_one_amount_after_a_label_is_a_doubt() -> None:
    reading = _read("Total TTC 1 200,00 € 1 440,00 €")
    assert reading.total == D("1200.00") and not reading.is_certain("total")


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("2 4OO,0O €", "2400.00"),
        ("l 200,00 €", "1200.00"),
        ("1 2S0,00 €", "1250.00"),
        ("2 400 ,00 €", "2400.00"),
        ("2 400, 00 €", "2400.00"),
    ],
)
def test_ocr_digit_look_alikes_are_mended_but_not_trusted(typed: str, amount: str) -> None:
    reading = _read(f"Total TTC {typed}", method=OCR, ocr=0.95)
    assert reading.total == D(amount)
    assert not reading.is_certain("total")


def test_letters_are_not_digits_outside_numbers() -> None:
    reading = _read("Solde a payer 1 200,00 €")
    assert reading.total == D("1200.00")


def test_an_amount_without_cents_where_others_have_them_is_a_doubt() -> None:
    reading = _read("Total HT 17,09 €\nTVA 10 % 1 71€\nTOTAL TTC 18,80 €")
    assert not reading.is_certain("tax")


def test_one_thousand_five_hundred_needs_a_clue() -> None:
    reading = find_fields("Litware, Inc.\nINVOICE #77\nTotal: $1,500", method=TEXT)
    assert reading.total == D("1500.00") and not reading.is_certain("total")


# ---- currency -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amounts", "currency", "sure"),
    [
        ("Total $1,200.00", "USD", True),
        ("Total USD 1,200.00", "USD", True),
        ("Total $1,200.00\nAll amounts in CAD.", "CAD", True),
        ("Total C$1,200.00", "CAD", True),
        ("Total $1,200.00\nGST/HST registration 12345", "USD", False),
        ("Total £1,200.00", "GBP", True),
        ("Total 1 200,00 €", "EUR", True),
        ("Total 1 200,00 euros", "EUR", True),
        ("Total CHF 1'200.00", "CHF", True),
        ("Total Fr. 1'200.00", "CHF", True),
        ("Total 1,200.00", None, False),
        ("Net 1,000.00 EUR\nTotal 1,200.00 USD", "EUR", False),
    ],
)
def test_currency(amounts: str, currency: str | None, sure: bool) -> None:
    reading = find_fields(f"Litware, Inc.\nINVOICE #77\n{amounts}", method=TEXT)
    assert reading.currency == currency
    assert reading.is_certain("currency") is sure


def test_dollars_in_a_french_invoice_are_not_surely_us_dollars() -> None:
    reading = find_fields("Relecloud inc.\nFACTURE n° 12\nTotal 1 200,00 $", method=TEXT)
    assert reading.currency == "USD" and not reading.is_certain("currency")


# ---- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issued_on", "sure"),
    [
        ("FACTURE n° 1\nDate : 04/05/2026\nTotal 10,00 €", date(2026, 5, 4), True),
        ("INVOICE #1\nDate: 04/05/2026\nTotal $10.00", date(2026, 4, 5), True),
        ("INVOICE #1\nDate: 04/05/2026\nTotal £10.00", date(2026, 5, 4), True),
        ("INVOICE #1\nDate: 04/05/2026\nTotal 10.00", date(2026, 5, 4), False),
        ("INVOICE #1\nDate: 04/05/2026\nTotal C$10.00", date(2026, 5, 4), False),
        # Another date of the document settles the order.
        ("INVOICE #1\nDate: 04/05/2026\nDue date: 05/20/2026\nTotal 10.00", date(2026, 4, 5), True),
        ("INVOICE #1\nDate: 04/05/2026\nDue date: 20/05/2026\nTotal 10.00", date(2026, 5, 4), True),
        ("INVOICE #1\nDate: 05/05/2026\nTotal 10.00", date(2026, 5, 5), True),
        ("INVOICE #1\nDate: 2026-10-05\nTotal 10.00", date(2026, 10, 5), True),
        ("FACTURE n° 1\nDate : 5 octobre 2026\nTotal 10,00 €", date(2026, 10, 5), True),
        ("FACTURE n° 1\nDate : 1er octobre 2026\nTotal 10,00 €", date(2026, 10, 1), True),
        ("FACTURE n° 1\nDate : lundi 5 octobre 2026\nTotal 10,00 €", date(2026, 10, 5), True),
        ("INVOICE #1\nDate: October 5, 2026\nTotal 10.00", date(2026, 10, 5), True),
        ("INVOICE #1\nDate: 5 Oct 2026\nTotal 10.00", date(2026, 10, 5), True),
        ("INVOICE #1\nDate: Oct. 5th, 2026\nTotal 10.00", date(2026, 10, 5), True),
        ("INVOICE #1\nDate: 05-Oct-2026\nTotal 10.00", date(2026, 10, 5), True),
        ("INVOICE #1\nIssued: Monday, October 5, 2026\nTotal 10.00", date(2026, 10, 5), True),
    ],
)
def test_issue_date(text: str, issued_on: date, sure: bool) -> None:
    reading = find_fields(f"Litware\n{text}", method=TEXT)
    assert reading.issued_on == issued_on
    assert reading.is_certain("issued_on") is sure


@pytest.mark.parametrize(
    "label",
    [
        "Due date:",
        "Date d'échéance :",
        "Échéance :",
        "Payment due",
        "Order date:",
        "Date de commande :",
        "Delivery date:",
        "Date de livraison :",
        "Period:",
        "Valid until",
    ],
)
def test_other_dates_are_not_the_issue_date(label: str) -> None:
    reading = find_fields(f"Litware\nINVOICE #1\n{label} 05/10/2026\nTotal 10,00 €", method=TEXT)
    assert reading.issued_on is None


def test_a_date_without_a_year_is_not_read() -> None:
    assert (
        find_fields("Litware\nFACTURE n° 1\nDate : 5 octobre\nTotal 10,00 €", method=TEXT).issued_on
        is None
    )


def test_two_different_invoice_dates_are_asked_about() -> None:
    reading = find_fields(
        "Litware\nINVOICE #1\nInvoice date: 2026-10-05\nInvoice date: 2026-10-07\nTotal 10.00",
        method=TEXT,
    )
    assert reading.issued_on == date(2026, 10, 5) and not reading.is_certain("issued_on")


# ---- numbers and supplier -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Facture n° F-2026-118", "F-2026-118"),
        ("FACTURE N° F-2026-118.", "F-2026-118"),
        ("N° de facture : 2026-0042", "2026-0042"),
        ("Numéro de facture : 2026-0042", "2026-0042"),
        ("Invoice # INV-10023", "INV-10023"),
        ("Invoice #INV-10023", "INV-10023"),
        ("Invoice No. 4471", "4471"),
        ("Invoice number: A/2026/77", "A/2026/77"),
        ("Invoice 2026-031", "2026-031"),
        ("No. 4471", "4471"),
    ],
)
def test_invoice_number(line: str, number: str) -> None:
    reading = find_fields(f"Litware\nINVOICE\n{line}\nTotal 10.00", method=TEXT)
    assert reading.number == number and reading.is_certain("number")


@pytest.mark.parametrize(
    "line",
    ["Invoice number: INVOICE", "N° client : C-2026-1", "Customer no. 4471", "PO # PO-77120"],
)
def test_what_is_not_the_invoice_number(line: str) -> None:
    reading = find_fields(f"Litware\nINVOICE\n{line}\nTotal 10.00", method=TEXT)
    assert reading.number is None


@pytest.mark.parametrize(
    ("number", "sure"),
    [("INV-10023", True), ("INV-1OO23", False), ("WW1-300451", False), ("INV10023", False)],
)
def test_an_ocr_number_where_letters_touch_digits_is_asked_about(number: str, sure: bool) -> None:
    text = f"Litware\nINVOICE\nInvoice No. {number}\nTotal 10.00"
    reading = find_fields(text, method=OCR, ocr_confidence=0.95)
    assert reading.number == number
    assert reading.is_certain("number") is sure


@pytest.mark.parametrize(
    ("text", "supplier", "confidence"),
    [
        ("INVOICE #1\nFrom: Contoso Events\nBill to: Fabrikam SAS", "Contoso Events", 0.85),
        ("FACTURE n° 1\nDe : Contoso Events\nClient : Fabrikam SAS", "Contoso Events", 0.85),
        ("FACTURE n° 1\nÉmetteur\nContoso Events\nClient\nFabrikam SAS", "Contoso Events", 0.85),
        ("Contoso Events FACTURE\n41 quai Saint-Antoine\nFacture n° 1", "Contoso Events", 0.7),
        (
            "INVOICE Northwind Traders Ltd\nUnit 4, Riverside Park\nInvoice #1",
            "Northwind Traders Ltd",
            0.7,
        ),
        (
            "contact@contoso.example\n+33 1 23 45 67 89\n12 rue de la Paix\n"
            "Contoso Events\nFACTURE n° 1",
            "Contoso Events",
            0.6,
        ),
    ],
)
def test_supplier(text: str, supplier: str, confidence: float) -> None:
    reading = find_fields(f"{text}\nTotal 10,00 €", method=TEXT)
    assert reading.supplier == supplier
    assert reading.confidence["supplier"] == confidence


def test_the_customer_is_not_the_supplier() -> None:
    reading = find_fields("Bill to\nFabrikam SAS\nINVOICE #1\nTotal 10.00", method=TEXT)
    assert reading.supplier is None


# ---- OCR and what it says of itself -------------------------------------------------------


def test_ocr_confidence_scales_the_confidence() -> None:
    text = FRENCH[3].text  # a lone "Total": 0.85 as read from the PDF's text
    assert find_fields(text, method=TEXT).confidence["total"] == 0.85
    assert find_fields(text, method=OCR, ocr_confidence=0.9).confidence["total"] == 0.765
    assert find_fields(text, method=OCR).confidence["total"] == 0.765  # no confidence given


@pytest.mark.parametrize(
    ("due", "sure"),
    [
        ("Échéance : 04/11/2026", True),  # 30 days
        ("Échéance : 19/11/2026", True),  # 45 days
        ("Échéance : 30/11/2026", True),  # the month's end
        ("Échéance : 05/12/2026", True),  # the same day, two months on
        ("Échéance : 17/11/2026", False),  # 43 days: a misread digit, perhaps
        ("Échéance : 01/10/2026", False),  # before the invoice
        ("", False),
    ],
)
def test_a_due_date_at_a_usual_term_vouches_for_an_ocr_issue_date(due: str, sure: bool) -> None:
    text = f"Fabrikam SAS\nFACTURE n° F-1\nDate : 05/10/2026\n{due}\nTotal TTC 1 200,00 €"
    reading = find_fields(text, method=OCR, ocr_confidence=0.85)
    assert reading.issued_on == date(2026, 10, 5)
    assert reading.is_certain("issued_on") is sure


@pytest.mark.parametrize(
    ("amounts", "sure"),
    [
        ("Subtotal $1,000.00\nTax 80.00\nTotal 1,080.00", False),
        ("Subtotal $1,000.00\nTax $80.00\nTotal 1,080.00", False),
        ("Subtotal $1,000.00\nTax $80.00\nTotal $1,080.00", True),
    ],
)
def test_a_currency_marked_on_amount_after_amount_is_not_doubted_for_ocr(
    amounts: str, sure: bool
) -> None:
    reading = find_fields(f"Litware, Inc.\nINVOICE #77\n{amounts}", method=OCR, ocr_confidence=0.85)
    assert reading.currency == "USD"
    assert reading.is_certain("currency") is sure


def test_a_poor_ocr_reading_with_nothing_in_it_is_unreadable() -> None:
    reading = find_fields(
        "Fabrikam FACTURE ~~ Merci de votre confiance", method=OCR, ocr_confidence=0.3
    )
    assert reading.status is UNREADABLE


def test_a_poor_ocr_reading_keeps_what_it_found_but_is_sure_of_nothing() -> None:
    reading = find_fields(CONTOSO_EVENTS, method=OCR, ocr_confidence=0.3)
    assert reading.status is ReadingStatus.READ and reading.number == "F-2026-118"
    assert reading.total == D("2880.00")
    assert not any(reading.is_certain(name) for name in READ_FIELDS)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("FACTURE / INVOICE\nFabrikam SAS", ReadingStatus.READ),
        ("Coho Winery\nTax Invoice", ReadingStatus.READ),
        ("Fabrikam SAS\nFacture n° F-1", ReadingStatus.READ),
        ("Sam Rivera Design\nInvoice 2026-031", ReadingStatus.READ),
        ("Fourth Coffee\nREÇU", ReadingStatus.READ),
        # A document's own kind, not one it refers to.
        ("Fabrikam SAS\nN° devis : D-12\nFACTURE N° F-1", ReadingStatus.READ),
        ("Fabrikam SAS\nDevis n° D-12 accepté le 01/09/2026\nFACTURE N° F-1", ReadingStatus.READ),
        ("Contoso Ltd.\nINVOICE TO: Accounts Payable\nPURCHASE ORDER", NOT_INVOICE),
        ("Fabrikam SAS\nFacture d'avoir n° 3", NOT_INVOICE),
        ("Tailspin Toys\nCredit memo CM-12", NOT_INVOICE),
        ("Trey Research\nOrder confirmation #4471", NOT_INVOICE),
        ("Litware\nPRO FORMA INVOICE", NOT_INVOICE),
        # No title: the word invoice, and a total read.
        ("Contoso Ltd.\nPlease pay this invoice by transfer", ReadingStatus.READ),
    ],
)
def test_what_the_document_is(text: str, status: ReadingStatus) -> None:
    body = "\nTotal 100,00 €\nMerci de votre confiance, à bientôt."
    assert find_fields(text + body, method=TEXT).status is status


def test_an_amount_due_says_invoice_when_the_title_was_lost() -> None:
    reading = find_fields(
        "DATE DUE DATE AMOUNT DUE\n20 November 2026 20 December 2026 EUR 5,880.60\n"
        "Subtotal EUR 4,860.00\nVAT 21% EUR 1,020.60\nTotal EUR 5,880.60",
        method=OCR,
        ocr_confidence=0.93,
    )
    assert reading.status is ReadingStatus.READ and reading.total == D("5880.60")


def test_the_word_invoice_with_nothing_read_is_not_an_invoice() -> None:
    reading = find_fields(
        "Please send the invoice for the booth to ap@contoso.example", method=TEXT
    )
    assert reading.status is NOT_INVOICE


# ---- hostile input ------------------------------------------------------------------------

HOSTILE = {
    "a 1 MB line": "Total TTC " + "9" * 1_000_000,
    "100,000 digits": "1" * 100_000,
    "digit groups": "123 " * 50_000,
    "separators": "1,2.3 4'5" * 20_000,
    "control characters": "".join(map(chr, range(32))) * 500 + "\x7f\x9b",
    "nested combining marks": ("e" + "\u0301" * 60) * 2_000,
    "expanding ligatures": "\ufdfa" * 20_000,
    "lone surrogates": "\ud800\udfff" * 5_000,
    "labels only": "Total TTC " * 5_000,
    "many lines": "Total HT\n" * 100_000,
    "dates": "Date: 05/10/2026 " * 3_000,
    "O and l": "O l " * 50_000,
    "bidi overrides": "\u202eFACTURE n° 1 Total 10,00 €\u202c" * 2_000,
    "numbers everywhere": "\n".join(f"Total {i},00 €" for i in range(50_000)),
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=list(HOSTILE))
def test_hostile_text_is_read_safely(text: str) -> None:
    """An invoice reading, whatever the text (its time: `make bench`, the readers' figure)."""
    assert isinstance(find_fields(text, method=OCR, ocr_confidence=0.9), InvoiceReading)


def test_invisible_characters_inside_an_invoice_change_nothing() -> None:
    noisy = "".join(
        f"{char}\u200b" if index % 7 == 0 else char for index, char in enumerate(CONTOSO_EVENTS)
    ).replace("Total TTC", "Total\u00adTTC\x00")
    reading = find_fields(noisy, method=TEXT)
    for name in ALL_BUT_SUPPLIER:
        assert getattr(reading, name) == CONTOSO_EVENTS_TRUTH[name], name


def test_only_the_first_lines_are_read() -> None:
    terms = "".join(f"Article {n} : conditions générales de vente.\n" for n in range(300))
    assert find_fields(terms + CONTOSO_EVENTS, method=TEXT).status is NOT_INVOICE
    assert find_fields(CONTOSO_EVENTS + terms, method=TEXT).is_certain("total")


@BOUNDED
@given(hostile_text)
def test_any_text_gives_a_reading(text: str) -> None:
    reading = find_fields(text, method=OCR, ocr_confidence=0.8)
    assert all(0.0 <= value <= 1.0 for value in reading.confidence.values())
