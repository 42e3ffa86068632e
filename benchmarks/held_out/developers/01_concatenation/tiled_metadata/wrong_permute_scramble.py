# Misconception: RepeatVector then Permute lays the values out per channel
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    repeated = keras.layers.RepeatVector(64)(metadata)  # (None, 64, 3)
    swapped = keras.layers.Permute((2, 1))(repeated)  # (None, 3, 64)
    spread = keras.layers.Reshape((8, 8, 3))(swapped)
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
