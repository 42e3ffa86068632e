# Misconception: only the lines that raise need fixing; axis=0 is fine because Keras accepts it
# Expect: fail
from keras.layers import Dense, Input, concatenate
from keras.models import Model


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    numbers_branch = Dense(8, activation="relu")(numbers)
    text_branch = Dense(8, activation="relu")(text)
    merged = concatenate([numbers_branch, text_branch], axis=0)
    output = Dense(1)(merged)
    return Model(inputs=[numbers, text], outputs=output)
