package org.newsgraph.model;

/** An administrative division (GB/T 2260): code, name, level (province, city, county, town), parent code. */
public record Division(String code, String name, String level, String parent) {
}
