/**
 * O*NET 29.2 (US Department of Labor, CC BY 4.0): occupations, alternate and reported titles,
 * technology skills with Hot Technology / In Demand flags, related occupations and job zones,
 * read from the tab-separated files in {@code datasets/onet_29_2} by
 * {@link org.credpath.engine.labour.onet.OnetLoader}. Codes are O*NET-SOC 2019 ({@code 15-1252.00}).
 */
package org.credpath.engine.labour.onet;
