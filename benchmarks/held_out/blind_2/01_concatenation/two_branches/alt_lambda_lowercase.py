# Alternative: lowercase keras.layers.concatenate helper, layers created first then called
# Expect: pass
import keras
from keras import layers


def build_two_branch_model():
    inputs = [keras.Input(shape=(4,)), keras.Input(shape=(6,))]
    branches = [layers.Dense(8, activation="relu") for _ in inputs]
    encoded = [branch(x) for branch, x in zip(branches, inputs)]
    merged = layers.concatenate(encoded)
    out = layers.Dense(1, activation=None)(merged)
    return keras.Model(inputs, out)
