package org.mentormatch.demo;

import java.util.List;

/**
 * The fixed word lists the demo cohort is drawn from. Order matters: the generator picks by index, so changing a
 * list changes every seeded cohort.
 */
final class DemoVocabulary {

    /** A professional area: ISCO-08 unit groups of one major group, with the skills people in it list. */
    record Area(String name, int weight, List<String> fields, List<String> skills) {
    }

    /** Where a mentee comes from: ISO 3166-1 country, its ISO 639-1 language, and names common there. */
    record Origin(String country, String language, int weight, List<String> firstNames, List<String> lastNames) {
    }

    static final List<Area> AREAS = List.of(
            new Area("ICT", 26, List.of("2511", "2512", "2513", "2514", "2519"),
                    List.of("Java", "Python", "Cloud architecture", "Data analysis", "Testing", "DevOps")),
            new Area("Engineering", 16, List.of("2141", "2142", "2144", "2149"),
                    List.of("CAD", "Project planning", "Quality assurance", "Lean", "Wind energy")),
            new Area("Finance", 12, List.of("2411", "2412", "2413"),
                    List.of("Accounting", "Financial modelling", "Risk management", "IFRS", "Excel")),
            new Area("Health", 10, List.of("2211", "2212", "2221"),
                    List.of("Patient care", "Clinical research", "Public health", "Nursing")),
            new Area("Teaching", 8, List.of("2310", "2320", "2330"),
                    List.of("Curriculum design", "Classroom teaching", "E-learning", "Research")),
            new Area("Management and HR", 12, List.of("2421", "2422", "2423"),
                    List.of("Recruitment", "Change management", "Strategy", "Leadership", "Policy analysis")),
            new Area("Marketing", 9, List.of("2431", "2432"),
                    List.of("Digital marketing", "Branding", "Communication", "SEO", "Market research")),
            new Area("Social science", 7, List.of("2631", "2632"),
                    List.of("Statistics", "Survey design", "Qualitative research", "Policy analysis")));

    static final List<String> GENERAL_SKILLS = List.of(
            "Project management", "Presentation", "Negotiation", "Stakeholder management", "Writing");

    static final List<String> INTERESTS = List.of(
            "Running", "Cooking", "Sailing", "Photography", "Chess", "Hiking", "Music", "Reading", "Cycling",
            "Gardening", "Football", "Yoga", "Travel", "Volunteering");

    static final List<Origin> ORIGINS = List.of(
            new Origin("IN", "hi", 14, List.of("Priya", "Arjun", "Ananya", "Rahul"), List.of("Sharma", "Patel", "Iyer", "Singh")),
            new Origin("CN", "zh", 10, List.of("Wei", "Li", "Xiu", "Jun"), List.of("Chen", "Wang", "Zhang", "Liu")),
            new Origin("ES", "es", 7, List.of("Lucía", "Carlos", "Marta", "Javier"), List.of("García", "López", "Martín", "Ruiz")),
            new Origin("BR", "pt", 7, List.of("Ana", "João", "Beatriz", "Rafael"), List.of("Lima", "Santos", "Oliveira", "Costa")),
            new Origin("US", "en", 6, List.of("Emily", "Michael", "Sarah", "David"), List.of("Smith", "Johnson", "Brown", "Miller")),
            new Origin("UA", "uk", 8, List.of("Olena", "Andriy", "Iryna", "Dmytro"), List.of("Kovalenko", "Shevchenko", "Bondar", "Melnyk")),
            new Origin("PL", "pl", 6, List.of("Marta", "Piotr", "Agnieszka", "Tomasz"), List.of("Nowak", "Kowalski", "Wiśniewska", "Zieliński")),
            new Origin("FR", "fr", 5, List.of("Sophie", "Julien", "Camille", "Antoine"), List.of("Martin", "Bernard", "Dubois", "Laurent")),
            new Origin("DE", "de", 5, List.of("Lukas", "Anna", "Jonas", "Lea"), List.of("Müller", "Schmidt", "Schneider", "Fischer")),
            new Origin("IT", "it", 5, List.of("Giulia", "Marco", "Chiara", "Luca"), List.of("Rossi", "Russo", "Ferrari", "Bianchi")),
            new Origin("TR", "tr", 4, List.of("Emre", "Elif", "Mehmet", "Zeynep"), List.of("Yılmaz", "Kaya", "Demir", "Şahin")),
            new Origin("IR", "fa", 4, List.of("Maryam", "Reza", "Sara", "Ali"), List.of("Ahmadi", "Hosseini", "Karimi", "Rahimi")),
            new Origin("PH", "tl", 4, List.of("Maria", "Jose", "Angelica", "Mark"), List.of("Reyes", "Santos", "Cruz", "Bautista")),
            new Origin("EG", "ar", 3, List.of("Fatima", "Ahmed", "Nour", "Omar"), List.of("Hassan", "Mahmoud", "Ibrahim", "Farouk")),
            new Origin("RU", "ru", 3, List.of("Natalia", "Sergei", "Ekaterina", "Ivan"), List.of("Ivanova", "Petrov", "Smirnova", "Volkov")),
            new Origin("MX", "es", 3, List.of("Valeria", "Diego", "Fernanda", "Luis"), List.of("Hernández", "González", "Ramírez", "Flores")));

    static final List<String> DANISH_FIRST_NAMES = List.of(
            "Mette", "Lars", "Anne", "Søren", "Camilla", "Jens", "Louise", "Mikkel", "Sofie", "Rasmus", "Ida", "Anders",
            "Line", "Henrik", "Maria", "Thomas");

    static final List<String> DANISH_LAST_NAMES = List.of(
            "Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen", "Rasmussen",
            "Jørgensen", "Madsen", "Kristensen");

    /** Mentors live mostly around Aarhus (DK-82) and Copenhagen (DK-84). */
    static final List<String> REGIONS = List.of("DK-84", "DK-82", "DK-83", "DK-85", "DK-81");
    static final int[] MENTOR_REGION_WEIGHTS = {45, 32, 11, 7, 5};
    static final int[] MENTEE_REGION_WEIGHTS = {40, 30, 14, 9, 7};

    static final List<String> EMPLOYERS = List.of(
            "Novo Nordisk", "Vestas", "Maersk", "Grundfos", "LEGO", "Danske Bank", "Arla Foods", "Aarhus University",
            "Region Midtjylland", "Systematic", "Netcompany", "Ørsted", "Carlsberg", "DSV", "Aarhus Kommune",
            "University of Copenhagen");

    /** Capacities 1, 2 and 3 in about these percentages. */
    static final int[] CAPACITY_WEIGHTS = {75, 20, 5};

    static final List<String> WISH_NOTES = List.of(
            "Would like to understand Danish workplace culture",
            "Looking for a way back into my profession",
            "Would like help with job applications and my CV",
            "Interested in moving into management");

    private DemoVocabulary() {
    }
}
