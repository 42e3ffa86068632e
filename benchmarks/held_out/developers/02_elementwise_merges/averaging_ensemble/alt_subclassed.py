# Alternative: a subclassed keras.Model
# Expect: pass
class Ensemble(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(5, activation="relu")
        self.network = keras.layers.Dense(4, activation="softmax")
        self.linear = keras.layers.Dense(4, activation="softmax")
        self.average = keras.layers.Average()

    def call(self, x):
        return self.average([self.network(self.hidden(x)), self.linear(x)])


def build_ensemble():
    model = Ensemble()
    model(keras.Input((6,)))
    return model
