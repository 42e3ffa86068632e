# Misconception: kept the tutorial's axis=0, thinking axis 0 is "the first feature axis"
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(8, activation="relu")(numbers)
    b = Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate(axis=0)([a, b])
    output = Dense(1)(merged)
    return keras.Model(inputs=[numbers, text], outputs=output)
