# Misconception: pool the map down to a vector to meet the metadata
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pooled = keras.layers.GlobalAveragePooling2D()(features)
    stacked = keras.layers.Concatenate()([pooled, metadata])
    return keras.Model([features, metadata], keras.layers.Dense(4)(stacked))
