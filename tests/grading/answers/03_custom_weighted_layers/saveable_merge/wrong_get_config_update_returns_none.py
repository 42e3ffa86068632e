# Misconception: dict.update returns the updated dict (it returns None, so get_config()
# returns None) (explained from Keras's error and the learner's get_config by the topic's
# rules, no table entry)
# Expect: fail "get_config\(\) returns None, not a dict: dict\.update\(\) changes the dict in place"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        shapes = [tuple(shape) for shape in input_shape]
        if len(set(shapes)) != 1:
            raise ValueError(f"WeightedMerge needs inputs of one shape. Received: {shapes}")
        self.logits = self.add_weight(shape=(len(shapes),), initializer="zeros", name="logits")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        config = super().get_config().update({"temperature": self.temperature})
        return config


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
