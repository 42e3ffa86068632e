# Misconception: only the name needs to reach the parent (explained from the arguments kept and the learner's super().__init__ line by custom_weighted_layers.make, no table entry).
# Expect: fail "name came through but trainable and dtype did not"
@keras.saving.register_keras_serializable(package="my_course")
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, name=None, **kwargs):
        super().__init__(name=name)
        self.temperature = float(temperature)

    def build(self, input_shape):
        first = tuple(input_shape[0])
        for i, shape in enumerate(input_shape[1:], start=2):
            if tuple(shape) != first:
                raise ValueError(
                    f"input {i} has shape {tuple(shape)}, but input 1 has shape {first}"
                )
        self.logits = self.add_weight(
            shape=(len(input_shape),), initializer="random_normal", name="logits"
        )

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        stacked = keras.ops.stack(inputs, axis=0)
        return keras.ops.tensordot(weights, stacked, axes=1)

    def get_config(self):
        config = super().get_config()
        config.update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.saving.load_model(path)
