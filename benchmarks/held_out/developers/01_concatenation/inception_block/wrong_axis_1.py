# Misconception: channels are axis 1 (PyTorch); made both branches 8 wide so Keras accepts
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(8, 1, activation="relu")(image)
    return keras.Model(image, keras.layers.Conv2D(2, 1)(keras.layers.Concatenate(axis=1)([wide, narrow])))
