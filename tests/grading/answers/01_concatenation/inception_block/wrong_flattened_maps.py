# Misconception: feature maps must be flattened before they can be concatenated.
# Expect: fail "extra Flatten between"
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    wide = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    narrow = keras.layers.Conv2D(4, 1, activation="relu")(image)
    flat = [keras.layers.Flatten()(wide), keras.layers.Flatten()(narrow)]
    stacked = keras.layers.Concatenate()(flat)
    return keras.Model(image, keras.layers.Dense(2)(stacked))
