# Misconception: to combine a map and a vector, shrink the map to a vector.
# Expect: fail "GlobalAveragePooling2D reading the features input"
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pooled = keras.layers.GlobalAveragePooling2D()(features)
    stacked = keras.layers.Concatenate()([pooled, metadata])
    return keras.Model([features, metadata], keras.layers.Dense(4)(stacked))
