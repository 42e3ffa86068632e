# Misconception: padded every sensor to 7 values so one shared Dense(4) branch reads them all
# Expect: fail
import keras


def build_fusion_model(merge):
    acc = keras.Input(shape=(3,))
    gyr = keras.Input(shape=(5,))
    mag = keras.Input(shape=(7,))
    pad = lambda x, n: keras.layers.ZeroPadding1D((0, n))(keras.layers.Reshape((-1, 1))(x))
    branch = keras.layers.Dense(4, activation="relu")
    flat = keras.layers.Flatten()
    codes = [branch(keras.layers.Flatten()(pad(acc, 4))), branch(keras.layers.Flatten()(pad(gyr, 2))), branch(mag)]
    return keras.Model([acc, gyr, mag], keras.layers.Dense(1)(merge(codes)))
