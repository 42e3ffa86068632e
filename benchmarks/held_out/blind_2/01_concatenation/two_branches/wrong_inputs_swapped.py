# Misconception: listed the model inputs as [text, numbers], matching the order they were thought of
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(8, activation="relu")(numbers)
    b = Dense(8, activation="relu")(text)
    merged = keras.layers.concatenate([a, b])
    return keras.Model([text, numbers], Dense(1)(merged))
