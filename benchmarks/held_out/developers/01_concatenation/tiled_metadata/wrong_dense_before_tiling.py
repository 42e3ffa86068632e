# Misconception: the metadata needs a Dense(3) projection before tiling
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    projected = keras.layers.Dense(3)(metadata)
    spread = keras.layers.Reshape((8, 8, 3))(keras.layers.RepeatVector(64)(projected))
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
