# Misconception: pooling in the head (as in GoogLeNet) before the 1x1 convolution
# Expect: fail
def build_inception_block():
    image = keras.Input(shape=(16, 16, 3))
    a = keras.layers.Conv2D(8, 3, padding="same", activation="relu")(image)
    b = keras.layers.Conv2D(4, 1, activation="relu")(image)
    stacked = keras.layers.Concatenate()([a, b])
    pooled = keras.layers.AveragePooling2D(3, strides=1, padding="same")(stacked)
    return keras.Model(image, keras.layers.Conv2D(2, 1)(pooled))
