# Misconception: branch A needs no activation
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    return keras.Model(image, keras.layers.Conv2D(2, 1)(keras.layers.Concatenate()([wide, narrow])))
