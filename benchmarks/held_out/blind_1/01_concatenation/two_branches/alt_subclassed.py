# Alternative: subclassed Model with layers in __init__
# Expect: pass
class TwoBranch(keras.Model):
    def __init__(self):
        super().__init__()
        self.a = keras.layers.Dense(8, activation="relu")
        self.b = keras.layers.Dense(8, activation="relu")
        self.cat = keras.layers.Concatenate(axis=-1)
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        numbers, text = inputs
        return self.head(self.cat([self.a(numbers), self.b(text)]))


def build_two_branch_model():
    model = TwoBranch()
    model([keras.Input(shape=(4,)), keras.Input(shape=(6,))])
    return model
