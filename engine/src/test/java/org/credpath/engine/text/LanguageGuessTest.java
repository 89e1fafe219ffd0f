package org.credpath.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Introduction to Google SEO | en",
            "Google Data Analytics | en",
            "Cryptography I | en",
            "AI Applications in People Management | en",
            "Google Project Management (DE) | en",
            "'' | en",
            "Fundamentos de la gestión de proyectos | es",
            "Suporte em TI do Google | pt",
            "Vendas e Atendimento Online | pt",
            "Ventas y Negociación | es",
            "Data Science Tools, e.g. Python | en",
            "Plan A or Plan B: E-Commerce Basics | en",
            "Diversité et inclusion sur le lieu de travail | fr",
            "Цифровий маркетинг і електронна комерція від Google | uk",
            "Основы программирования | ru",
            "Google データアナリティクス | ja",
            "心理学概论 | zh",
            "AI For Everyone （すべての人のためのAIリテラシー講座） | ja",
            "تحليلات البيانات من Google | ar"})
    void guessesTheLanguageOfCatalogueTitles(String text, String expected) {
        assertThat(LanguageGuess.of(text)).isEqualTo(expected);
    }
}
