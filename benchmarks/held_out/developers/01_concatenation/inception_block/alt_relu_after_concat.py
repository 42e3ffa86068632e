# Alternative: linear branches, one ReLU after the concatenation (the same function)
# Expect: pass
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same")(image)
    b = keras.layers.Conv2D(4, 1)(image)
    stacked = keras.layers.ReLU()(keras.layers.Concatenate()([a, b]))
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
