# Misconception: Add joins feature maps; branch B widened to 8 so the shapes match
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(8, 1, activation="relu")(image)
    merged = keras.layers.Add()([a, b])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(merged))
