# Misconception: UpSampling2D(4) reaches 8x8 (4 + 4)
# Expect: fail
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = keras.layers.UpSampling2D(4)(keras.layers.Reshape((1, 1, 3))(metadata))
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, 1)(stacked))
