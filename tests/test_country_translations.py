"""French and Spanish names of States, as the UN's records in those languages print them, to English codes."""

from __future__ import annotations

import pytest

from transforms.countries import COUNTRIES, iso3_for_country
from transforms.country_translations import LANGUAGES, Language, iso3_for_country_in

# The UN's names (UN Terminology Database): short and formal names, the forms older records use, former States.
UN_NAMES: dict[Language, dict[str, str]] = {
    "fr": {
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord": "GBR", "Royaume-Uni": "GBR",
        "États-Unis d'Amérique": "USA", "Bolivie (État plurinational de)": "BOL",
        "Venezuela (République bolivarienne du)": "VEN", "Iran (République islamique d')": "IRN",
        "République de Corée": "KOR", "République populaire démocratique de Corée": "PRK",
        "Fédération de Russie": "RUS", "République arabe syrienne": "SYR", "République-Unie de Tanzanie": "TZA",
        "République démocratique du Congo": "COD", "Congo": "COG", "Côte d'Ivoire": "CIV",
        "Macédoine du Nord": "MKD", "République de Moldova": "MDA", "République démocratique populaire lao": "LAO",
        "Pays-Bas": "NLD", "Tchéquie": "CZE", "République tchèque": "CZE", "Eswatini": "SWZ", "Mexique": "MEX",
        "Allemagne": "DEU", "Chine": "CHN", "Suisse": "CHE", "Maroc": "MAR", "Égypte": "EGY", "Algérie": "DZA",
        "Sénégal": "SEN", "Burkina Faso": "BFA", "Libéria": "LBR", "Pologne": "POL", "Niger": "NER",
        "Nigéria": "NGA", "Dominique": "DMA", "République dominicaine": "DOM", "Saint-Siège": "VAT",
        "État de Palestine": "PSE", "Türkiye": "TUR",
        "Union des Républiques socialistes soviétiques": "SUN", "Tchécoslovaquie": "CSK",
        "République démocratique allemande": "DDR", "Yougoslavie": "SCG", "Zaïre": "COD", "Birmanie": "MMR",
        "République socialiste soviétique de Biélorussie": "BLR", "République socialiste soviétique d'Ukraine": "UKR",
        "Yémen démocratique": "YMD", "RSS de Biélorussie": "BLR", "RSS d'Ukraine": "UKR", "République khmère": "KHM",
        "République malgache": "MDG", "République populaire de Chine": "CHN", "République de Chine": "CHN",
        "Perse": "IRN", "Transjordanie": "JOR", "Pays-Bas (Royaume des)": "NLD",
    },
    "es": {
        "Reino Unido de Gran Bretaña e Irlanda del Norte": "GBR", "Reino Unido": "GBR",
        "Estados Unidos de América": "USA", "Bolivia (Estado Plurinacional de)": "BOL",
        "Venezuela (República Bolivariana de)": "VEN", "Irán (República Islámica del)": "IRN",
        "República de Corea": "KOR", "República Popular Democrática de Corea": "PRK",
        "Federación de Rusia": "RUS", "República Árabe Siria": "SYR", "República Unida de Tanzanía": "TZA",
        "República Democrática del Congo": "COD", "Congo": "COG", "Côte d'Ivoire": "CIV",
        "Macedonia del Norte": "MKD", "República de Moldova": "MDA", "República Democrática Popular Lao": "LAO",
        "Países Bajos": "NLD", "Chequia": "CZE", "República Checa": "CZE", "Eswatini": "SWZ", "México": "MEX",
        "Alemania": "DEU", "China": "CHN", "Suiza": "CHE", "Marruecos": "MAR", "Egipto": "EGY", "Argelia": "DZA",
        "Senegal": "SEN", "Perú": "PER", "Polonia": "POL", "Níger": "NER", "Nigeria": "NGA", "Dominica": "DMA",
        "República Dominicana": "DOM", "Santa Sede": "VAT", "Estado de Palestina": "PSE", "Türkiye": "TUR",
        "Unión de Repúblicas Socialistas Soviéticas": "SUN", "Checoslovaquia": "CSK",
        "República Democrática Alemana": "DDR", "Yugoslavia": "SCG", "Zaire": "COD", "Birmania": "MMR",
        "República Socialista Soviética de Bielorrusia": "BLR", "República Socialista Soviética de Ucrania": "UKR",
        "Yemen Democrático": "YMD", "RSS de Bielorrusia": "BLR", "RSS de Ucrania": "UKR", "República Khmer": "KHM",
        "República Malgache": "MDG", "República Popular China": "CHN", "República de China": "CHN",
        "Persia": "IRN", "Transjordania": "JOR", "Países Bajos (Reino de los)": "NLD",
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("language", "name", "iso3"),
    [(language, name, iso3) for language, names in UN_NAMES.items() for name, iso3 in names.items()],
)
def test_the_uns_french_and_spanish_names_give_the_english_tables_codes(
    language: Language, name: str, iso3: str
) -> None:
    assert iso3_for_country_in(name, language) == iso3


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_state_of_the_english_table_has_a_name_in_the_language(language: Language) -> None:
    from transforms.country_translations import _index

    named = set(_index(language).values())
    assert {country.iso3 for country in COUNTRIES} - named == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_name_two_states_could_bear_names_neither(language: Language) -> None:
    assert iso3_for_country_in({"fr": "Corée", "es": "Corea"}[language], language) is None
    assert iso3_for_country_in("Atlantide", language) is None


def test_a_former_state_has_the_code_the_english_table_gives_it() -> None:
    for french, english in [("Yougoslavie", "Yugoslavia"), ("Zaïre", "Zaire"), ("Tchécoslovaquie", "Czechoslovakia")]:
        assert iso3_for_country_in(french, "fr") == iso3_for_country(english)
