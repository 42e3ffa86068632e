# Misconception: a 3×3 convolution keeps the map's size (without padding="same" it shrinks it).
# Expect: fail "the 14×14 map comes from Conv2D .*padding=.valid. \(the default\)"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([wide, narrow])
    return keras.Model(image, keras.layers.Conv2D(2, 1)(stacked))
