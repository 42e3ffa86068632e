# Misconception: every conv in a CNN gets a ReLU, the head too
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1, activation="relu")(merged))
