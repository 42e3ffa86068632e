# Alternative: three UpSampling2D(2) steps from 1x1
# Expect: pass
def build_tiled_metadata_model():
    features = keras.Input(shape=(8, 8, 16))
    metadata = keras.Input(shape=(3,))
    spread = keras.layers.Reshape((1, 1, 3))(metadata)
    for _ in range(3):
        spread = keras.layers.UpSampling2D(2)(spread)
    stacked = keras.layers.Concatenate()([features, spread])
    return keras.Model([features, metadata], keras.layers.Conv2D(4, kernel_size=1)(stacked))
