"""Places of the illustrative demo corpus (not real field data).

Each place is a real town or farming district with plausible site conditions, coded with the
controlled vocabulary of practices/vocabulary.py. Coordinates fall on farmland near the town and
derive to the same country and to a Köppen class with practices.conditions.derive.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    latitude: float
    longitude: float
    rainfall_mm: int
    temperature_c: float
    altitude_m: int
    agro_climatic_zone: str
    slope_class: str
    soil_group: str
    texture: str
    soil_depth: str
    organic_matter: str
    land_use: str
    water_supply: str
    region: str
    crops: tuple[str, ...]


# One place per line. Fields in order: name, country, latitude, longitude, rainfall_mm,
# temperature_c, altitude_m, agro_climatic_zone, slope_class, soil_group, texture, soil_depth,
# organic_matter, land_use, water_supply, region, crops.
# fmt: off
PLACES: list[Place] = [
    # West and Central Africa
    Place("Maradi", "NE", 13.50, 7.10, 500, 28.5, 380, "semi_arid", "gentle", "AR", "coarse", "deep", "low", "agropastoral", "rainfed", "west-africa", ("millet", "cowpea", "groundnut")),
    Place("Tahoua", "NE", 14.85, 5.30, 380, 29.0, 390, "semi_arid", "gentle", "LX", "medium", "shallow", "low", "agropastoral", "rainfed", "west-africa", ("millet", "sorghum", "goats")),
    Place("Ouahigouya", "BF", 13.58, -2.42, 600, 28.5, 330, "semi_arid", "gentle", "LX", "medium", "shallow", "low", "agropastoral", "rainfed", "west-africa", ("sorghum", "millet", "cowpea")),
    Place("Bobo-Dioulasso", "BF", 11.18, -4.30, 1000, 27.0, 430, "sub_humid", "gentle", "LX", "medium", "deep", "low", "cropland_annual", "rainfed", "west-africa", ("maize", "cotton", "sorghum")),
    Place("Ségou", "ML", 13.44, -6.26, 600, 28.5, 290, "semi_arid", "flat", "AR", "coarse", "deep", "low", "agroforestry", "rainfed", "west-africa", ("millet", "sorghum", "groundnut")),
    Place("Sikasso", "ML", 11.32, -5.67, 1100, 27.0, 370, "sub_humid", "gentle", "LX", "medium", "deep", "low", "cropland_annual", "rainfed", "west-africa", ("cotton", "maize", "sorghum")),
    Place("Kaffrine", "SN", 14.10, -15.55, 650, 28.5, 20, "semi_arid", "flat", "AR", "coarse", "deep", "low", "agropastoral", "rainfed", "west-africa", ("groundnut", "millet", "cattle")),
    Place("Bambey", "SN", 14.70, -16.46, 450, 27.0, 20, "semi_arid", "flat", "AR", "coarse", "deep", "low", "agroforestry", "rainfed", "west-africa", ("millet", "cowpea", "groundnut")),
    Place("Mongo", "TD", 12.18, 18.69, 700, 28.0, 430, "semi_arid", "gentle", "LX", "medium", "moderately_deep", "low", "agropastoral", "rainfed", "west-africa", ("sorghum", "millet", "groundnut")),
    Place("Moundou", "TD", 8.57, 16.08, 1150, 27.0, 420, "sub_humid", "flat", "LX", "medium", "deep", "low", "cropland_annual", "rainfed", "west-africa", ("cotton", "sorghum", "groundnut")),
    Place("Kano", "NG", 11.95, 8.40, 800, 26.5, 470, "semi_arid", "flat", "LX", "coarse", "deep", "low", "agrosilvopastoral", "rainfed", "west-africa", ("sorghum", "millet", "cowpea")),
    Place("Zaria", "NG", 11.10, 7.70, 1050, 25.5, 650, "sub_humid", "gentle", "LX", "medium", "deep", "low", "cropland_annual", "rainfed", "west-africa", ("maize", "sorghum", "soybean")),
    Place("Tamale", "GH", 9.40, -0.85, 1050, 28.0, 180, "sub_humid", "gentle", "LX", "medium", "moderately_deep", "low", "cropland_annual", "rainfed", "west-africa", ("maize", "yam", "soybean")),
    Place("Korhogo", "CI", 9.45, -5.63, 1200, 27.0, 380, "sub_humid", "gentle", "FR", "medium", "deep", "low", "cropland_annual", "rainfed", "west-africa", ("cotton", "maize", "cashew")),
    Place("Parakou", "BJ", 9.35, 2.62, 1150, 27.0, 360, "sub_humid", "gentle", "LX", "medium", "deep", "low", "agroforestry", "rainfed", "west-africa", ("maize", "yam", "cashew")),
    Place("Kara", "TG", 9.55, 1.19, 1300, 27.0, 350, "sub_humid", "moderate", "LX", "medium", "moderately_deep", "low", "cropland_annual", "rainfed", "west-africa", ("sorghum", "maize", "yam")),
    Place("Bamenda", "CM", 5.96, 10.15, 2400, 21.0, 1300, "humid", "hilly", "AN", "medium", "deep", "high", "mixed", "rainfed", "west-africa", ("maize", "bean", "coffee")),
    # East Africa
    Place("Machakos", "KE", -1.52, 37.26, 750, 20.0, 1600, "semi_arid", "hilly", "LX", "medium", "moderately_deep", "low", "cropland_annual", "rainfed", "east-africa", ("maize", "bean", "pigeon pea")),
    Place("Kitui", "KE", -1.37, 38.01, 650, 23.0, 1150, "semi_arid", "gentle", "LX", "coarse", "moderately_deep", "low", "agropastoral", "rainfed", "east-africa", ("sorghum", "mung bean", "goats")),
    Place("Kakamega", "KE", 0.28, 34.75, 1900, 21.0, 1550, "humid", "gentle", "AC", "fine", "deep", "medium", "mixed", "rainfed", "east-africa", ("maize", "bean", "dairy cattle")),
    Place("Debre Birhan", "ET", 9.68, 39.53, 900, 13.0, 2800, "sub_humid", "gentle", "VR", "fine", "deep", "medium", "agropastoral", "rainfed", "east-africa", ("barley", "wheat", "sheep")),
    Place("Bahir Dar", "ET", 11.45, 37.45, 1400, 20.0, 1850, "sub_humid", "moderate", "NT", "fine", "very_deep", "medium", "cropland_annual", "rainfed", "east-africa", ("teff", "maize", "finger millet")),
    Place("Hawassa", "ET", 6.95, 38.50, 1300, 20.0, 1800, "humid", "moderate", "AN", "medium", "deep", "high", "agroforestry", "rainfed", "east-africa", ("coffee", "enset", "maize")),
    Place("Dodoma", "TZ", -6.17, 35.75, 570, 23.0, 1120, "semi_arid", "gentle", "LX", "coarse", "moderately_deep", "low", "agropastoral", "rainfed", "east-africa", ("sorghum", "groundnut", "cattle")),
    Place("Mbeya", "TZ", -8.90, 33.45, 1000, 18.0, 1700, "sub_humid", "rolling", "AN", "medium", "deep", "high", "mixed", "rainfed", "east-africa", ("maize", "potato", "bean")),
    Place("Mbale", "UG", 1.08, 34.25, 1500, 21.5, 1300, "humid", "hilly", "NT", "fine", "deep", "high", "agroforestry", "rainfed", "east-africa", ("coffee", "banana", "bean")),
    Place("Musanze", "RW", -1.50, 29.63, 1400, 17.0, 1850, "humid", "hilly", "AN", "medium", "deep", "high", "cropland_annual", "rainfed", "east-africa", ("potato", "bean", "maize")),
    Place("Gedaref", "SD", 14.03, 35.38, 650, 29.0, 600, "semi_arid", "flat", "VR", "fine", "very_deep", "low", "cropland_annual", "rainfed", "east-africa", ("sorghum", "sesame")),
    # Southern Africa
    Place("Lilongwe", "MW", -14.05, 33.55, 900, 20.5, 1100, "sub_humid", "gentle", "LV", "medium", "deep", "low", "cropland_annual", "rainfed", "southern-africa", ("maize", "groundnut", "soybean")),
    Place("Chipata", "ZM", -13.55, 32.45, 1000, 22.0, 1100, "sub_humid", "gentle", "LX", "medium", "deep", "low", "cropland_annual", "rainfed", "southern-africa", ("maize", "cotton", "groundnut")),
    Place("Masvingo", "ZW", -20.10, 30.85, 600, 19.5, 1080, "semi_arid", "gentle", "AR", "coarse", "moderately_deep", "low", "agropastoral", "rainfed", "southern-africa", ("maize", "sorghum", "cattle")),
    Place("Nampula", "MZ", -15.10, 39.25, 1100, 24.5, 400, "sub_humid", "gentle", "LX", "medium", "deep", "low", "cropland_annual", "rainfed", "southern-africa", ("cassava", "maize", "cashew")),
    Place("Bothaville", "ZA", -27.39, 26.62, 550, 17.0, 1270, "semi_arid", "flat", "AR", "coarse", "very_deep", "low", "cropland_annual", "rainfed", "southern-africa", ("maize", "sunflower")),
    Place("Bergville", "ZA", -28.73, 29.35, 750, 16.5, 1150, "sub_humid", "moderate", "LV", "medium", "moderately_deep", "medium", "mixed", "rainfed", "southern-africa", ("maize", "soybean", "cattle")),
    Place("Ondangwa", "NA", -17.91, 15.95, 450, 22.5, 1100, "semi_arid", "flat", "AR", "coarse", "very_deep", "low", "agropastoral", "rainfed", "southern-africa", ("millet", "cattle", "goats")),
    Place("Mafeteng", "LS", -29.82, 27.25, 700, 14.0, 1600, "semi_arid", "moderate", "PL", "medium", "moderately_deep", "low", "mixed", "rainfed", "southern-africa", ("maize", "sorghum", "sheep")),
    Place("Antsirabe", "MG", -19.87, 47.03, 1300, 16.5, 1500, "sub_humid", "rolling", "FR", "fine", "deep", "medium", "cropland_annual", "rainfed", "southern-africa", ("rice", "maize", "bean")),
    # North Africa and Middle East
    Place("Settat", "MA", 33.00, -7.62, 380, 17.5, 370, "semi_arid", "gentle", "VR", "fine", "deep", "medium", "cropland_annual", "rainfed", "north-africa-middle-east", ("wheat", "barley", "chickpea")),
    Place("Meknès", "MA", 33.85, -5.55, 550, 17.0, 550, "semi_arid", "gentle", "LV", "fine", "deep", "medium", "mixed", "rainfed", "north-africa-middle-east", ("wheat", "olive", "chickpea")),
    Place("Siliana", "TN", 36.08, 9.37, 450, 17.5, 450, "semi_arid", "rolling", "CL", "medium", "moderately_deep", "low", "cropland_annual", "rainfed", "north-africa-middle-east", ("wheat", "olive", "sheep")),
    Place("Sétif", "DZ", 36.19, 5.41, 400, 14.5, 1000, "semi_arid", "gentle", "CL", "medium", "moderately_deep", "low", "cropland_annual", "rainfed", "north-africa-middle-east", ("wheat", "barley", "sheep")),
    Place("Fayoum", "EG", 29.31, 30.84, 10, 22.0, 20, "arid", "flat", "FL", "fine", "very_deep", "low", "cropland_annual", "irrigated", "north-africa-middle-east", ("wheat", "berseem clover", "tomato")),
    Place("Irbid", "JO", 32.55, 35.85, 450, 17.0, 600, "semi_arid", "gentle", "LV", "fine", "deep", "medium", "cropland_annual", "rainfed", "north-africa-middle-east", ("wheat", "barley", "olive")),
    Place("Konya", "TR", 37.87, 32.48, 330, 11.5, 1020, "semi_arid", "flat", "CL", "fine", "deep", "low", "cropland_annual", "mixed", "north-africa-middle-east", ("wheat", "barley", "sugar beet")),
    # South Asia
    Place("Mahbubnagar", "IN", 16.74, 78.00, 650, 27.5, 500, "semi_arid", "gentle", "LX", "medium", "shallow", "low", "cropland_annual", "rainfed", "south-asia", ("sorghum", "pigeon pea", "cotton")),
    Place("Akola", "IN", 20.70, 77.00, 800, 27.0, 290, "semi_arid", "gentle", "VR", "fine", "deep", "low", "cropland_annual", "rainfed", "south-asia", ("cotton", "soybean", "pigeon pea")),
    Place("Jodhpur", "IN", 26.25, 73.00, 350, 27.0, 230, "arid", "flat", "AR", "coarse", "deep", "low", "agropastoral", "rainfed", "south-asia", ("millet", "mung bean", "goats")),
    Place("Ludhiana", "IN", 30.90, 75.85, 700, 24.0, 250, "semi_arid", "flat", "CM", "medium", "very_deep", "low", "cropland_annual", "irrigated", "south-asia", ("rice", "wheat")),
    Place("Faisalabad", "PK", 31.42, 73.08, 370, 24.5, 185, "semi_arid", "flat", "CM", "medium", "very_deep", "low", "cropland_annual", "irrigated", "south-asia", ("wheat", "cotton", "sugarcane")),
    Place("Dhulikhel", "NP", 27.62, 85.55, 1400, 18.0, 1500, "sub_humid", "steep", "CM", "medium", "moderately_deep", "medium", "mixed", "rainfed", "south-asia", ("maize", "rice", "goats")),
    Place("Bogura", "BD", 24.85, 89.37, 1800, 25.5, 20, "humid", "flat", "FL", "medium", "deep", "low", "cropland_annual", "mixed", "south-asia", ("rice", "potato", "jute")),
    Place("Anuradhapura", "LK", 8.33, 80.40, 1400, 27.5, 90, "sub_humid", "gentle", "LX", "medium", "moderately_deep", "low", "mixed", "mixed", "south-asia", ("rice", "cowpea", "maize")),
    # East and Southeast Asia
    Place("Yan'an", "CN", 36.60, 109.49, 550, 10.0, 1100, "semi_arid", "steep", "CM", "medium", "very_deep", "low", "mixed", "rainfed", "east-southeast-asia", ("maize", "millet", "apple")),
    Place("Hailun", "CN", 47.45, 126.95, 550, 2.5, 230, "sub_humid", "gentle", "PH", "fine", "deep", "high", "cropland_annual", "rainfed", "east-southeast-asia", ("maize", "soybean")),
    Place("Maqu", "CN", 34.00, 102.08, 600, 1.5, 3500, "sub_humid", "gentle", "CM", "medium", "moderately_deep", "high", "grazing", "rainfed", "east-southeast-asia", ("yak", "sheep", "oats")),
    Place("Buon Ma Thuot", "VN", 12.68, 108.05, 1800, 23.5, 500, "sub_humid", "gentle", "FR", "fine", "very_deep", "medium", "cropland_perennial", "mixed", "east-southeast-asia", ("coffee", "black pepper", "avocado")),
    Place("Son La", "VN", 21.32, 103.92, 1400, 21.5, 600, "sub_humid", "steep", "AC", "fine", "moderately_deep", "medium", "cropland_annual", "rainfed", "east-southeast-asia", ("maize", "cassava", "rice")),
    Place("Luang Prabang", "LA", 19.88, 102.13, 1300, 25.0, 300, "sub_humid", "steep", "AC", "medium", "moderately_deep", "medium", "mixed", "rainfed", "east-southeast-asia", ("rice", "maize", "pigs")),
    Place("Malang", "ID", -7.98, 112.63, 2000, 24.0, 450, "humid", "moderate", "AN", "medium", "deep", "high", "mixed", "mixed", "east-southeast-asia", ("rice", "maize", "sugarcane")),
    Place("Lampung", "ID", -5.10, 105.30, 2300, 27.0, 50, "humid", "gentle", "AC", "medium", "deep", "low", "cropland_perennial", "rainfed", "east-southeast-asia", ("cassava", "maize", "oil palm")),
    Place("Malaybalay", "PH", 8.15, 125.13, 2500, 22.0, 620, "humid", "rolling", "FR", "fine", "deep", "medium", "cropland_annual", "rainfed", "east-southeast-asia", ("maize", "sugarcane", "banana")),
    Place("Khon Kaen", "TH", 16.43, 102.83, 1200, 27.0, 180, "sub_humid", "gentle", "AC", "coarse", "deep", "low", "cropland_annual", "rainfed", "east-southeast-asia", ("rice", "cassava", "sugarcane")),
    Place("Battambang", "KH", 13.10, 103.20, 1300, 27.5, 20, "sub_humid", "flat", "CM", "medium", "deep", "medium", "cropland_annual", "rainfed", "east-southeast-asia", ("rice", "cassava", "maize")),
    Place("Kharkhorin", "MN", 47.19, 102.80, 250, 0.5, 1500, "semi_arid", "gentle", "KS", "medium", "moderately_deep", "medium", "grazing", "rainfed", "east-southeast-asia", ("sheep", "goats", "horses", "wheat")),
    # Latin America
    Place("Petrolina", "BR", -9.40, -40.55, 500, 26.5, 380, "semi_arid", "gentle", "LV", "medium", "shallow", "low", "agrosilvopastoral", "rainfed", "latin-america", ("maize", "bean", "goats")),
    Place("Quixadá", "BR", -4.97, -39.01, 750, 27.0, 190, "semi_arid", "gentle", "PL", "medium", "shallow", "low", "agropastoral", "rainfed", "latin-america", ("maize", "bean", "cattle")),
    Place("Rio Verde", "BR", -17.80, -50.92, 1600, 23.0, 750, "sub_humid", "gentle", "FR", "fine", "very_deep", "medium", "cropland_annual", "rainfed", "latin-america", ("soybean", "maize", "cotton")),
    Place("Paragominas", "BR", -3.00, -47.35, 1800, 26.5, 90, "humid", "gentle", "FR", "fine", "very_deep", "medium", "agrosilvopastoral", "rainfed", "latin-america", ("soybean", "cattle", "eucalyptus")),
    Place("Passo Fundo", "BR", -28.26, -52.41, 1800, 17.5, 680, "humid", "gentle", "FR", "fine", "very_deep", "medium", "cropland_annual", "rainfed", "latin-america", ("soybean", "wheat", "maize")),
    Place("Pergamino", "AR", -33.89, -60.57, 1000, 16.5, 70, "sub_humid", "flat", "PH", "medium", "very_deep", "medium", "cropland_annual", "rainfed", "latin-america", ("soybean", "maize", "wheat")),
    Place("Anguil", "AR", -36.52, -64.00, 700, 15.5, 170, "semi_arid", "flat", "PH", "coarse", "deep", "medium", "agropastoral", "rainfed", "latin-america", ("wheat", "sunflower", "cattle")),
    Place("Paysandú", "UY", -32.35, -57.70, 1250, 18.0, 80, "humid", "gentle", "PH", "fine", "deep", "high", "agropastoral", "rainfed", "latin-america", ("soybean", "wheat", "cattle")),
    Place("Juliaca", "PE", -15.45, -70.15, 650, 8.5, 3850, "semi_arid", "flat", "PH", "medium", "moderately_deep", "medium", "agropastoral", "rainfed", "latin-america", ("potato", "quinoa", "alpaca")),
    Place("Macusani", "PE", -14.07, -70.43, 700, 5.5, 4300, "semi_arid", "gentle", "UM", "medium", "moderately_deep", "high", "grazing", "rainfed", "latin-america", ("alpaca", "sheep", "oats")),
    Place("Punata", "BO", -17.55, -65.83, 450, 17.0, 2700, "semi_arid", "gentle", "CM", "medium", "deep", "low", "mixed", "mixed", "latin-america", ("maize", "potato", "dairy cattle")),
    Place("Latacunga", "EC", -0.93, -78.62, 600, 13.5, 2850, "sub_humid", "moderate", "AN", "coarse", "deep", "medium", "mixed", "rainfed", "latin-america", ("potato", "maize", "dairy cattle")),
    Place("Chinchiná", "CO", 4.98, -75.60, 2500, 20.5, 1400, "humid", "steep", "AN", "medium", "deep", "high", "agroforestry", "rainfed", "latin-america", ("coffee", "plantain")),
    Place("Tlaxiaco", "MX", 17.27, -97.68, 800, 15.5, 2050, "semi_arid", "hilly", "LP", "medium", "shallow", "low", "cropland_annual", "rainfed", "latin-america", ("maize", "bean", "squash")),
    Place("Celaya", "MX", 20.52, -100.81, 600, 19.0, 1750, "semi_arid", "flat", "VR", "fine", "very_deep", "medium", "cropland_annual", "irrigated", "latin-america", ("wheat", "maize", "sorghum")),
    Place("Chimaltenango", "GT", 14.66, -90.82, 1100, 17.5, 1800, "sub_humid", "hilly", "AN", "medium", "deep", "high", "cropland_annual", "rainfed", "latin-america", ("maize", "bean", "broccoli")),
    Place("Gracias", "HN", 14.59, -88.58, 1400, 22.0, 800, "sub_humid", "hilly", "LP", "medium", "shallow", "medium", "agroforestry", "rainfed", "latin-america", ("maize", "bean", "sorghum")),
    Place("Chillán", "CL", -36.60, -72.10, 1000, 14.0, 130, "sub_humid", "gentle", "AN", "medium", "deep", "high", "cropland_annual", "mixed", "latin-america", ("wheat", "oats", "lupin")),
    # North America
    Place("Ames", "US", 42.03, -93.70, 900, 9.5, 300, "sub_humid", "gentle", "PH", "medium", "very_deep", "high", "cropland_annual", "rainfed", "north-america", ("maize", "soybean")),
    Place("Salina", "US", 38.84, -97.70, 750, 13.0, 370, "sub_humid", "gentle", "KS", "medium", "deep", "medium", "cropland_annual", "rainfed", "north-america", ("wheat", "sorghum", "cattle")),
    Place("Mandan", "US", 46.83, -100.89, 420, 5.5, 500, "semi_arid", "gentle", "KS", "medium", "deep", "medium", "agropastoral", "rainfed", "north-america", ("wheat", "sunflower", "cattle")),
    Place("Davis", "US", 38.54, -121.74, 450, 16.0, 16, "semi_arid", "flat", "FL", "medium", "very_deep", "medium", "cropland_annual", "irrigated", "north-america", ("tomato", "wheat", "almond")),
    Place("Saskatoon", "CA", 52.10, -106.80, 350, 3.0, 500, "semi_arid", "gentle", "CH", "medium", "deep", "medium", "cropland_annual", "rainfed", "north-america", ("wheat", "canola", "lentil")),
    Place("Guelph", "CA", 43.55, -80.25, 900, 7.0, 330, "humid", "gentle", "LV", "medium", "deep", "medium", "mixed", "rainfed", "north-america", ("maize", "soybean", "wheat")),
    # Europe
    Place("Chartres", "FR", 48.35, 1.55, 600, 11.0, 150, "sub_humid", "flat", "LV", "medium", "deep", "medium", "cropland_annual", "rainfed", "europe", ("wheat", "rapeseed", "sugar beet")),
    Place("Rennes", "FR", 48.10, -1.80, 700, 12.0, 60, "humid", "gentle", "CM", "medium", "moderately_deep", "medium", "mixed", "rainfed", "europe", ("maize", "wheat", "dairy cattle")),
    Place("Auch", "FR", 43.65, 0.58, 750, 13.0, 170, "sub_humid", "rolling", "CM", "fine", "moderately_deep", "low", "cropland_annual", "rainfed", "europe", ("sunflower", "wheat", "soybean")),
    Place("Norwich", "GB", 52.60, 1.10, 650, 10.0, 40, "sub_humid", "flat", "LV", "medium", "deep", "medium", "cropland_annual", "rainfed", "europe", ("wheat", "sugar beet", "barley")),
    Place("Crediton", "GB", 50.79, -3.65, 1000, 10.5, 100, "humid", "rolling", "CM", "medium", "moderately_deep", "high", "mixed", "rainfed", "europe", ("sheep", "dairy cattle", "barley")),
    Place("Kilkenny", "IE", 52.65, -7.25, 900, 10.0, 60, "humid", "gentle", "LV", "medium", "deep", "high", "grazing", "rainfed", "europe", ("dairy cattle", "barley")),
    Place("Göttingen", "DE", 51.55, 9.95, 650, 9.5, 200, "sub_humid", "gentle", "LV", "medium", "very_deep", "medium", "cropland_annual", "rainfed", "europe", ("wheat", "sugar beet", "rapeseed")),
    Place("Lelystad", "NL", 52.52, 5.55, 850, 10.5, 0, "humid", "flat", "FL", "medium", "very_deep", "medium", "cropland_annual", "rainfed", "europe", ("potato", "onion", "wheat")),
    Place("Gembloux", "BE", 50.56, 4.70, 800, 10.0, 160, "sub_humid", "gentle", "LV", "medium", "very_deep", "medium", "cropland_annual", "rainfed", "europe", ("wheat", "sugar beet", "potato")),
    Place("Córdoba", "ES", 37.85, -4.85, 600, 17.5, 150, "semi_arid", "rolling", "VR", "fine", "deep", "low", "cropland_annual", "rainfed", "europe", ("wheat", "sunflower", "olive")),
    Place("Foggia", "IT", 41.45, 15.55, 480, 16.0, 70, "semi_arid", "flat", "VR", "fine", "deep", "low", "cropland_annual", "rainfed", "europe", ("durum wheat", "tomato", "olive")),
    Place("Évora", "PT", 38.57, -7.90, 600, 16.5, 250, "semi_arid", "gentle", "LV", "medium", "moderately_deep", "low", "silvopastoral", "rainfed", "europe", ("cork oak", "cattle", "sheep")),
    Place("Lublin", "PL", 51.20, 22.60, 550, 8.0, 200, "sub_humid", "gentle", "LV", "medium", "deep", "medium", "cropland_annual", "rainfed", "europe", ("wheat", "rapeseed", "sugar beet")),
    Place("Poltava", "UA", 49.60, 34.55, 550, 8.0, 150, "sub_humid", "flat", "CH", "medium", "very_deep", "high", "cropland_annual", "rainfed", "europe", ("wheat", "sunflower", "maize")),
    Place("Uppsala", "SE", 59.85, 17.65, 550, 6.0, 30, "sub_humid", "flat", "CM", "fine", "deep", "medium", "mixed", "rainfed", "europe", ("barley", "oats", "dairy cattle")),
    # Oceania
    Place("Merredin", "AU", -31.48, 118.28, 320, 18.0, 315, "semi_arid", "flat", "SN", "medium", "deep", "low", "cropland_annual", "rainfed", "oceania", ("wheat", "barley", "sheep")),
    Place("Wagga Wagga", "AU", -35.10, 147.35, 560, 15.5, 200, "semi_arid", "gentle", "LV", "medium", "deep", "low", "mixed", "rainfed", "oceania", ("wheat", "canola", "sheep")),
    Place("Dalby", "AU", -27.18, 151.27, 650, 18.5, 340, "semi_arid", "flat", "VR", "fine", "very_deep", "medium", "cropland_annual", "rainfed", "oceania", ("sorghum", "wheat", "cotton")),
    Place("Hamilton", "NZ", -37.80, 175.30, 1200, 13.5, 40, "humid", "rolling", "AN", "medium", "deep", "high", "grazing", "rainfed", "oceania", ("dairy cattle", "maize")),
    Place("Goroka", "PG", -6.08, 145.39, 1900, 19.5, 1600, "humid", "hilly", "AN", "medium", "deep", "high", "agroforestry", "rainfed", "oceania", ("sweet potato", "coffee", "pigs")),
]
# fmt: on
