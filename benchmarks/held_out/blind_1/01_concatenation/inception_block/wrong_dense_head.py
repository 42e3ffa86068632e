# Misconception: a 1x1 convolution is the same as a Dense on the flattened map
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    merged = keras.layers.Concatenate()([a, b])
    x = keras.layers.Flatten()(merged)
    out = keras.layers.Dense(16 * 16 * 2)(x)
    return keras.Model(image, keras.layers.Reshape((16, 16, 2))(out))
