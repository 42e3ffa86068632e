# Alternative: functional helper keras.layers.concatenate, Dense imported by name
# Expect: pass
from keras.layers import Dense, Input, concatenate
from keras.models import Model


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    merged = concatenate([Dense(8, activation="relu")(numbers), Dense(8, activation="relu")(text)])
    return Model(inputs=[numbers, text], outputs=Dense(1)(merged))
