# Misconception: a Dense layer turns the 3 values into the 8x8x3 map
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = keras.layers.Reshape((8, 8, 3))(keras.layers.Dense(8 * 8 * 3)(metadata))
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
