# Misconception: the head is a 3x3 convolution
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 3, padding="same")(stacked))
