# Misconception: reshaped to 1x1x3, Concatenate broadcasts it over the grid
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    pixel = keras.layers.Reshape((1, 1, 3))(metadata)
    stacked = keras.layers.Concatenate()([features, pixel])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
